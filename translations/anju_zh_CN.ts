<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>anju::Address</name>
    <message>
        <source>Unit %1</source>
        <translation>%1单元</translation>
    </message>
</context>
<context>
    <name>anju::BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>Edit building %1</source>
        <translation>编辑楼栋 %1</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>安置点：</translation>
    </message>
    <message>
        <source>e.g. 3 or A</source>
        <translation>如 3 或 A</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>楼栋号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Floors:</source>
        <translation>层数(&amp;F)：</translation>
    </message>
    <message>
        <source>Units (stairwells) are named 1, 2, 3 … and can be added later.</source>
        <translation>单元（楼梯间）依次编为 1、2、3……，以后还可以增加。</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单元数(&amp;U)：</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>单元数：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>anju::CellText</name>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 不是日期。</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 不是有效日期。</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 1985-03-12, 1985.03.12, 1985/3/12, 19850312 or 1985年3月12日.</source>
        <translation>%1 不是日期：请写成 1985-03-12、1985.03.12、1985/3/12、19850312 或 1985年3月12日。</translation>
    </message>
    <message>
        <source>The phone number %1 was turned into a number by Excel and lost digits.</source>
        <translation>电话号码 %1 已被 Excel 转换成数值，丢失了部分数字。</translation>
    </message>
</context>
<context>
    <name>anju::ChartView</name>
    <message>
        <source>%1 %2 (%3%)</source>
        <comment>pie slice: category, value, percent</comment>
        <translation>%1 %2（%3%）</translation>
    </message>
    <message>
        <source>Right-click to save the chart as a picture</source>
        <translation>右键单击可将图表保存为图片</translation>
    </message>
    <message>
        <source>No figures to show.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>%1

No figures to show.</source>
        <translation>%1

暂无数据。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>category · series</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>name: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3% of %4)</source>
        <comment>name: value (percent of total)</comment>
        <translation>%1：%2（占 %4 的 %3%）</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Save as picture…</source>
        <translation>保存为图片(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>anju::CountyComboBox</name>
    <message>
        <source>Six-digit county code</source>
        <translation>六位区划代码</translation>
    </message>
    <message>
        <source>Shuangqing District</source>
        <translation>双清区</translation>
    </message>
    <message>
        <source>Daxiang District</source>
        <translation>大祥区</translation>
    </message>
    <message>
        <source>Beita District</source>
        <translation>北塔区</translation>
    </message>
    <message>
        <source>Xinshao County</source>
        <translation>新邵县</translation>
    </message>
    <message>
        <source>Shaoyang County</source>
        <translation>邵阳县</translation>
    </message>
    <message>
        <source>Longhui County</source>
        <translation>隆回县</translation>
    </message>
    <message>
        <source>Dongkou County</source>
        <translation>洞口县</translation>
    </message>
    <message>
        <source>Suining County</source>
        <translation>绥宁县</translation>
    </message>
    <message>
        <source>Xinning County</source>
        <translation>新宁县</translation>
    </message>
    <message>
        <source>Chengbu Miao Autonomous County</source>
        <translation>城步苗族自治县</translation>
    </message>
    <message>
        <source>Wugang City</source>
        <translation>武冈市</translation>
    </message>
    <message>
        <source>Shaodong City</source>
        <translation>邵东市</translation>
    </message>
</context>
<context>
    <name>anju::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file is not in UTF-8 and this computer cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>该文件不是 UTF-8 编码，而本机无法读取 GB18030 文本；请将文件另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
    <message>
        <source>A CSV file has only one sheet.</source>
        <translation>CSV 文件只有一个工作表。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text; the file mixes encodings. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>第 %1 行不是有效的 %2 文本，文件中混用了多种编码。请重新另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; the file may be cut off.</source>
        <translation>第 %1 行：有字段的引号未闭合，文件可能不完整。</translation>
    </message>
    <message>
        <source>Cell %1 has %2 characters; a spreadsheet cell holds at most %3.</source>
        <translation>单元格 %1 有 %2 个字符，超过电子表格单元格的上限 %3 个。</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; a spreadsheet has at most %2.</source>
        <translation>第 %1 行超过 %2 列，电子表格最多只有 %2 列。</translation>
    </message>
</context>
<context>
    <name>anju::CsvSniffer</name>
    <message>
        <source>The file is neither an Excel workbook (.xlsx) nor a CSV text file.</source>
        <translation>该文件既不是 Excel 工作簿（.xlsx），也不是 CSV 文本文件。</translation>
    </message>
</context>
<context>
    <name>anju::DashboardCharts</name>
    <message>
        <source>%1-%2</source>
        <comment>chart axis: year and month, e.g. 2026年1月</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>chart axis: month, e.g. 10月</comment>
        <translation>%1月</translation>
    </message>
    <message>
        <source>%1 (10,000)</source>
        <translation>%1万</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation>劳动力状况</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>Age structure</source>
        <translation>年龄结构</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>months of the trend: 2025年12月—2026年11月</comment>
        <translation>%1—%2</translation>
    </message>
    <message>
        <source>Registered at month end (10,000), %1</source>
        <translation>月末在册人数、户数（万），%1</translation>
    </message>
    <message>
        <source>Registered at month end, %1</source>
        <translation>月末在册人数、户数，%1</translation>
    </message>
</context>
<context>
    <name>anju::Database</name>
    <message>
        <source>PostgreSQL databases are not supported by this version of Anju yet: %1</source>
        <translation>本版安居暂不支持 PostgreSQL 数据库：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database changed its schema while it was open.</source>
        <translation>数据库打开期间，其数据库版本已被更改。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an Anju database or cannot be read: %2</source>
        <translation>%1 不是安居数据库，或无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an Anju database.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是安居数据库。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Anju (schema %2; this program knows schema %3). Install the newer version to open it; the file was not changed.</source>
        <translation>数据库 %1 由更新版本的安居写入（数据库版本 %2，本程序只支持到版本 %3）。请安装新版本后再打开；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>升级前无法备份 %1：%2</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; nothing was changed: %2</source>
        <translation>数据库升级到版本 %1 失败，未作任何改动：%2</translation>
    </message>
    <message>
        <source>Another desk is writing to the database; try again in a moment (%1).</source>
        <translation>其他用户正在写入数据库，请稍后再试（%1）。</translation>
    </message>
    <message>
        <source>Saving failed; nothing was written (%1).</source>
        <translation>保存失败，未写入任何内容（%1）。</translation>
    </message>
</context>
<context>
    <name>anju::DemoGenerator</name>
    <message>
        <source>Every county has used up its 999 site codes.</source>
        <translation>每个县的 999 个安置点编码均已用完。</translation>
    </message>
    <message>
        <source>Making the demo data was cancelled.</source>
        <translation>已取消生成演示数据。</translation>
    </message>
    <message>
        <source>The number of households must be between 1 and %L1.</source>
        <translation>户数必须在 1 到 %L1 之间。</translation>
    </message>
    <message>
        <source>The reference date of the demo data must be in 2021 or later.</source>
        <translation>演示数据的基准日期必须在 2021 年或以后。</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>The database already holds %L1 households. Demo data is only made in a database without households; use a new database file.</source>
        <translation>数据库中已有 %L1 户。演示数据只能生成到没有搬迁户的数据库中，请使用新的数据库文件。</translation>
    </message>
    <message>
        <source>Could not prepare the database: %1</source>
        <translation>无法准备数据库：%1</translation>
    </message>
    <message>
        <source>Could not index the demo data: %1</source>
        <translation>无法为演示数据建立索引：%1</translation>
    </message>
</context>
<context>
    <name>anju::DemoWriter</name>
    <message>
        <source>Could not prepare the demo data statements: %1</source>
        <translation>无法准备演示数据的写入语句：%1</translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
</context>
<context>
    <name>anju::GuiMain</name>
    <message>
        <source>The database: a file path (SQLite). Without it, the database in your data folder.</source>
        <translation>数据库文件路径（SQLite）。不指定时使用数据文件夹中的数据库。</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <source>The language of the window, zh_CN or en, instead of the one chosen in settings.</source>
        <translation>界面语言，zh_CN 或 en，优先于设置中选择的语言。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Anju: follow-up support for relocation resettlement sites.</source>
        <translation>安居：易地扶贫搬迁安置点后续帮扶。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>未知语言“%1”，请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Anju</source>
        <translation>安居</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>无法打开数据库。

%1</translation>
    </message>
</context>
<context>
    <name>anju::HeaderDetector</name>
    <message>
        <source>Row %1 of sheet &quot;%2&quot; is empty; it cannot be the header.</source>
        <translation>工作表“%2”的第 %1 行是空行，不能作为表头。</translation>
    </message>
    <message>
        <source>No header with the name and ID-number columns was found in the first %1 rows of the sheet.</source>
        <translation>在工作表的前 %1 行中没有找到含“姓名”和“身份证号”列的表头。</translation>
    </message>
    <message>
        <source>No sheet of the file looks like a household roster: none has a header with the name and ID-number columns (姓名, 身份证号) in its first %1 rows.</source>
        <translation>文件中没有搬迁户花名册：所有工作表的前 %1 行中都没有含“姓名”和“身份证号”列的表头。</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdAddressBox</name>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>安置点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. 301</source>
        <translation>如 301</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>房号(&amp;R)：</translation>
    </message>
    <message>
        <source>Household &amp;no.:</source>
        <translation>户编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdAssembler</name>
    <message>
        <source>%1 is not a county code or a county of Shaoyang; write the six-digit code, like 430524.</source>
        <translation>%1 既不是县级行政区划代码，也不是邵阳市的县（市、区）；请填写六位代码，如 430524。</translation>
    </message>
    <message>
        <source>The relationship to the head is missing.</source>
        <translation>请填写与户主关系。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship to the head this program knows (户主, 配偶, 子, 女, 孙子, 孙女, 父母, 兄弟姐妹, 儿媳, 女婿, 其他 …).</source>
        <translation>“%1”不是本程序能识别的与户主关系（户主、配偶、子、女、孙子、孙女、父母、兄弟姐妹、儿媳、女婿、其他……）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex (男 or 女).</source>
        <translation>“%1”不是有效的性别（应为男或女）。</translation>
    </message>
    <message>
        <source>The sex %1 does not match the ID number, which says %2.</source>
        <translation>性别“%1”与身份证号不符（按身份证号应为%2）。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2.</source>
        <translation>出生日期 %1 与身份证号不符（按身份证号应为 %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ethnic group.</source>
        <translation>“%1”不是有效的民族名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of education.</source>
        <translation>“%1”不是有效的文化程度。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of health.</source>
        <translation>“%1”不是有效的健康状况。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a labour capacity.</source>
        <translation>“%1”不是有效的劳动能力。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member&apos;s state (在册, 迁出 or 死亡).</source>
        <translation>“%1”不是有效的成员状态（应为在册、迁出或死亡）。</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdForm</name>
    <message>
        <source>Ctrl+S saves · Insert adds a member · Ctrl+Z takes back a cell edit</source>
        <translation>Ctrl+S 保存 · Insert 添加成员 · Ctrl+Z 撤销单元格修改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>%1 (to household %2 on %3)</source>
        <translation>%1（%3 转入 %2 户）</translation>
    </message>
    <message>
        <source>This household is no longer registered: %1 on %2.</source>
        <translation>该户已不在册：%2 %1。</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新增搬迁户</translation>
    </message>
    <message>
        <source>Household %1 – %2</source>
        <translation>搬迁户 %1 – 户主 %2</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>搬迁户 %1</translation>
    </message>
    <message>
        <source>Close household</source>
        <translation>关闭住户信息</translation>
    </message>
    <message>
        <source>The changes to this household are not saved. Close and discard them?</source>
        <translation>对该户的修改尚未保存。要关闭并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>This household has changes that are not saved. Save them first?</source>
        <translation>该户有尚未保存的修改。要先保存吗？</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdMembersBox</name>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>Add a member (Insert or Ctrl+Shift+N)</source>
        <translation>添加家庭成员（Insert 或 Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Remove unsa&amp;ved member</source>
        <translation>删除未保存的成员(&amp;V)</translation>
    </message>
    <message>
        <source>Take back a member row that was never saved</source>
        <translation>撤回尚未保存过的成员行</translation>
    </message>
    <message>
        <source>Move &amp;out…</source>
        <translation>迁出(&amp;O)…</translation>
    </message>
    <message>
        <source>The member moved away from the office&apos;s sites</source>
        <translation>该成员已迁离本单位管理的安置点</translation>
    </message>
    <message>
        <source>Mar&amp;k deceased…</source>
        <translation>登记死亡(&amp;K)…</translation>
    </message>
    <message>
        <source>The member died</source>
        <translation>该成员已去世</translation>
    </message>
    <message>
        <source>Move to anot&amp;her household…</source>
        <translation>转入其他户(&amp;H)…</translation>
    </message>
    <message>
        <source>The member joins another household; their history is kept</source>
        <translation>该成员加入其他户，原有记录保留</translation>
    </message>
    <message>
        <source>Moved to other households: %1</source>
        <translation>已转入其他户：%1</translation>
    </message>
    <message>
        <source>No members yet: press Insert to add one, then type name, ID number and relationship; Tab or Enter moves to the next cell.</source>
        <translation>还没有家庭成员：按 Insert 添加一行，再依次填写姓名、身份证号和与户主关系；按 Tab 或 Enter 移到下一格。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the moved members</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdOriginBox</name>
    <message>
        <source>Origin and registration</source>
        <translation>迁出地与户籍</translation>
    </message>
    <message>
        <source>Origin &amp;county:</source>
        <translation>迁出县（市、区）(&amp;C)：</translation>
    </message>
    <message>
        <source>Origin &amp;township:</source>
        <translation>迁出乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>Origin vi&amp;llage:</source>
        <translation>迁出村(&amp;L)：</translation>
    </message>
    <message>
        <source>Relocation dat&amp;e:</source>
        <translation>搬迁入住日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Mobile or fixed line with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Registration (hukou) &amp;moved here</source>
        <translation>户籍已迁入(&amp;M)</translation>
    </message>
    <message>
        <source>Resi&amp;dence permit issued</source>
        <translation>已办理居住证(&amp;D)</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdRules</name>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请输入成员姓名。</translation>
    </message>
    <message>
        <source>The name %1 may contain only letters (and · between the parts of a minority name).</source>
        <translation>姓名“%1”只能包含汉字或字母（少数民族姓名各部分之间可用“·”分隔）。</translation>
    </message>
    <message>
        <source>%1 is not a phone number: enter 11 digits for a mobile or the area code and number for a fixed line.</source>
        <translation>%1 不是有效的电话号码：手机请输入 11 位数字，固定电话请输入区号和号码。</translation>
    </message>
    <message>
        <source>Enter the date the member moved away or died.</source>
        <translation>请输入该成员迁出或死亡的日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 不能晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the member&apos;s birth.</source>
        <translation>日期 %1 早于该成员的出生日期。</translation>
    </message>
    <message>
        <source>Enter the household number.</source>
        <translation>请输入户编号。</translation>
    </message>
    <message>
        <source>The household number is longer than 40 characters.</source>
        <translation>户编号不能超过 40 个字符。</translation>
    </message>
    <message>
        <source>Choose the resettlement site of the household.</source>
        <translation>请选择该户的安置点。</translation>
    </message>
    <message>
        <source>Enter the county the household moved from.</source>
        <translation>请输入该户的迁出县（市、区）。</translation>
    </message>
    <message>
        <source>%1 is not a county code: it has six digits, like 430524.</source>
        <translation>%1 不是县级行政区划代码：代码为六位数字，如 430524。</translation>
    </message>
    <message>
        <source>Enter the relocation date.</source>
        <translation>请输入搬迁入住日期。</translation>
    </message>
    <message>
        <source>The relocation date %1 is in the future.</source>
        <translation>搬迁入住日期 %1 不能晚于今天。</translation>
    </message>
    <message>
        <source>A household has one head: %1 is already the head.</source>
        <translation>一户只能有一名户主：%1已是户主。</translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation>每户至少要有一名家庭成员。</translation>
    </message>
    <message>
        <source>Mark one member as head of household.</source>
        <translation>请将一名成员设为户主。</translation>
    </message>
    <message>
        <source>This ID number is already entered for %1 in this household.</source>
        <translation>该身份证号已在本户中录入（%1）。</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdSizeSection</name>
    <message>
        <source>%1 or more people</source>
        <translation>%1人及以上户</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n人户</numerusform>
        </translation>
    </message>
    <message>
        <source>Households by size</source>
        <translation>家庭户规模</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdsPage</name>
    <message>
        <source>&amp;New household</source>
        <translation>新增搬迁户(&amp;N)</translation>
    </message>
    <message>
        <source>Enter a new household (Ctrl+N)</source>
        <translation>录入新的搬迁户（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected household (Enter)</source>
        <translation>打开所选搬迁户（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <source>Take in households from an Excel or CSV roster (Ctrl+I)</source>
        <translation>从 Excel 或 CSV 花名册导入搬迁户（Ctrl+I）</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>花名册 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新增搬迁户</translation>
    </message>
    <message>
        <source>A household lives at a resettlement site: enter the site first (File → Sites and buildings).</source>
        <translation>搬迁户须归属于某个安置点：请先录入安置点（文件 → 安置点和楼栋）。</translation>
    </message>
    <message>
        <source>No household matches the search or the filters.</source>
        <translation>没有符合搜索或筛选条件的搬迁户。</translation>
    </message>
    <message>
        <source>No site is entered yet. Enter your resettlement sites and their buildings first (File → Sites and buildings), or import an office roster (Ctrl+I), which brings its sites along.</source>
        <translation>还没有录入安置点。请先录入安置点及其楼栋（文件 → 安置点和楼栋），或导入单位的花名册（Ctrl+I），安置点会随花名册一并导入。</translation>
    </message>
    <message>
        <source>No registered households here yet: add one with New household (Ctrl+N), or import an office roster (Ctrl+I).</source>
        <translation>这里还没有在册的搬迁户：可点“新增搬迁户”（Ctrl+N）录入，或导入花名册（Ctrl+I）。</translation>
    </message>
</context>
<context>
    <name>anju::IdNumber</name>
    <message>
        <source>The ID number is missing.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <source>The ID number %1 was turned into a number by Excel and its last digits are lost; type it again from the ID card (format the column as text).</source>
        <translation>身份证号 %1 已被 Excel 转换成数值，末几位数字已丢失；请对照身份证重新录入（并将该列设为文本格式）。</translation>
    </message>
    <message>
        <source>The ID number %1 may contain only digits and a final X.</source>
        <translation>身份证号 %1 只能包含数字，最后一位可以是 X。</translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); it must have 18 (or 15 on an old card).</source>
        <translation>
            <numerusform>身份证号为 %n 位，应为 18 位（旧版身份证为 15 位）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number does not start with a valid region code (%1).</source>
        <translation>身份证号开头的行政区划代码（%1）无效。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date.</source>
        <translation>身份证号中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation>身份证号中的出生日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The check character of the ID number is wrong (it should be %1 for these digits): a digit was probably mistyped.</source>
        <translation>身份证号校验位错误（这些数字对应的校验位应为 %1），可能有数字录入有误。</translation>
    </message>
</context>
<context>
    <name>anju::ImportChecker</name>
    <message>
        <source>This ID number already appears in row %1 of the file.</source>
        <translation>该身份证号已在文件第 %1 行出现。</translation>
    </message>
    <message>
        <source>This ID number is already registered, in household %1.</source>
        <translation>该身份证号已登记在搬迁户 %1 中。</translation>
    </message>
    <message>
        <source>Household number %1 is already in the database with other members.</source>
        <translation>户编号 %1 已在数据库中，但家庭成员与文件不同。</translation>
    </message>
    <message>
        <source>Household %1 is already in the database with other details (%2); correct it in the household form.</source>
        <translation>搬迁户 %1 已在数据库中，但信息不同（%2）；请在搬迁户表单中修改。</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 is not a member there</source>
        <translation>%1 不是该户成员</translation>
    </message>
</context>
<context>
    <name>anju::ImportDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save error list…</source>
        <translation>保存错误清单(&amp;S)…</translation>
    </message>
    <message>
        <source>The rejected rows with their reasons as an Excel file, to correct and import again</source>
        <translation>将未通过的行及原因保存为 Excel 文件，改正后可再次导入</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>Read the whole file and find every problem; nothing is written</source>
        <translation>读取整个文件并找出所有问题，不写入任何数据</translation>
    </message>
    <message>
        <source>Import &amp;valid households only</source>
        <translation>仅导入无误的户(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import roster – %1</source>
        <translation>导入花名册 – %1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>花名册 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>正在检查 %1 的每一行…</translation>
    </message>
    <message>
        <source>Nothing is written during the check.</source>
        <translation>检查期间不写入任何数据。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>All households go in together at the end; Cancel leaves the database as it was.</source>
        <translation>所有户在最后一并写入；取消则数据库保持原样。</translation>
    </message>
    <message>
        <source>Importing the valid households of %1…</source>
        <translation>正在导入 %1 中无误的户…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the database is as it was before.</source>
        <translation>导入已取消，未写入任何数据，数据库保持原样。</translation>
    </message>
    <message>
        <source>Nothing was written: the file changed or the database changed since the check. Check the file again.</source>
        <translation>未写入任何数据：检查之后文件或数据库已有变化，请重新检查文件。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) imported with %1 person(s).</source>
        <translation>
            <numerusform>已导入 %n 户，共 %1 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) were in the database already and stayed as they were.</source>
        <translation>
            <numerusform>%n 户已在数据库中，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with problems were left out.</source>
        <translation>
            <numerusform>%n 户有问题，未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the list of the rows left out, to correct them and import them later?</source>
        <translation>是否保存未导入的行的清单，以便改正后再导入？</translation>
    </message>
    <message>
        <source>%1 (errors)</source>
        <translation>%1（错误清单）</translation>
    </message>
    <message>
        <source>Save error list</source>
        <translation>保存错误清单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Error list saved to %1.</source>
        <translation>错误清单已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>anju::ImportErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>anju::ImportMappingTable</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Usual header</source>
        <translation>常用表头</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First row holds</source>
        <translation>首行内容</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>安置点编码</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Origin county (code)</source>
        <translation>迁出县（区划代码）</translation>
    </message>
    <message>
        <source>Origin township</source>
        <translation>迁出乡镇</translation>
    </message>
    <message>
        <source>Origin village</source>
        <translation>迁出村</translation>
    </message>
    <message>
        <source>Relocation date</source>
        <translation>搬迁入住日期</translation>
    </message>
    <message>
        <source>Person&apos;s state</source>
        <translation>人员状态</translation>
    </message>
    <message>
        <source>Date of the state change</source>
        <translation>状态变动日期</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Required: the import cannot work without this column.</source>
        <translation>必填：缺少此列无法导入。</translation>
    </message>
    <message>
        <source>Choose the column that holds this field.</source>
        <translation>请选择包含此字段的列。</translation>
    </message>
    <message>
        <source>Column %1 is chosen for more than one field.</source>
        <translation>第 %1 列被选给了多个字段。</translation>
    </message>
    <message>
        <source>Choose the column of: %1.</source>
        <translation>请选择以下字段所在的列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Column %1 is chosen for %2; each column can hold one field.</source>
        <translation>第 %1 列已选给“%2”，每列只能对应一个字段。</translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation>户联系电话</translation>
    </message>
</context>
<context>
    <name>anju::ImportResultView</name>
    <message>
        <source>Read from:</source>
        <translation>读取自：</translation>
    </message>
    <message>
        <source>Households to import:</source>
        <translation>待导入户数：</translation>
    </message>
    <message>
        <source>Persons to import:</source>
        <translation>待导入人数：</translation>
    </message>
    <message>
        <source>Households already in the database, unchanged:</source>
        <translation>已在数据库中且无变化的户数：</translation>
    </message>
    <message>
        <source>Households rejected:</source>
        <translation>未通过的户数：</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>未通过的行数：</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>A household with a problem on any of its rows is not imported. Rows are numbered as the spreadsheet shows them.</source>
        <translation>一户中任何一行有问题，该户整户不导入。行号与表格中显示的一致。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>This file was already imported on %1. Importing it again would change nothing.</source>
        <translation>此文件已于 %1 导入过，再次导入不会有任何变化。</translation>
    </message>
    <message>
        <source>No problems found: the roster is ready to import.</source>
        <translation>未发现问题，花名册可以导入。</translation>
    </message>
    <message>
        <source>Every household of the file is already in the database as it is: there is nothing to import.</source>
        <translation>文件中的每一户都已原样在数据库中，无需导入。</translation>
    </message>
    <message>
        <source>The sheet holds no households below its header.</source>
        <translation>该工作表表头以下没有任何户的数据。</translation>
    </message>
    <message>
        <source>Every household of the file has problems, so nothing can be imported. Save the error list, correct the rows in it and import that file.</source>
        <translation>文件中每一户都有问题，无法导入。请保存错误清单，在清单中改正后导入该文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) have problems. Correct them in the file and check again, or import only the valid households.</source>
        <translation>
            <numerusform>有 %n 户存在问题。请在文件中改正后重新检查，或仅导入无误的户。</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, header in row %2</source>
        <translation>工作表“%1”，表头在第 %2 行</translation>
    </message>
</context>
<context>
    <name>anju::ImportSourcePage</name>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>选择其他文件(&amp;C)…</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column headers (姓名, 身份证号 …)</source>
        <translation>工作表中放列标题（姓名、身份证号……）的那一行</translation>
    </message>
    <message>
        <source>&amp;Header in row:</source>
        <translation>表头所在行(&amp;H)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Where each field is in the file. Fields marked * are required; columns not chosen here are not imported.</source>
        <translation>各字段在文件中的列。带 * 的字段为必填；未在此选择的列不导入。</translation>
    </message>
    <message>
        <source>Default &amp;site for rows without one:</source>
        <translation>未填安置点的行默认归入(&amp;S)：</translation>
    </message>
    <message>
        <source>(none: every row names its site)</source>
        <translation>（无：每行都填了安置点）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>CSV text in %1</source>
        <translation>%1 编码的 CSV 文本</translation>
    </message>
    <message>
        <source>The file has no header yet.</source>
        <translation>文件中还没有表头。</translation>
    </message>
    <message>
        <source>The file has no site column: choose the site its households live in.</source>
        <translation>文件中没有安置点列，请选择这些户所在的安置点。</translation>
    </message>
    <message>
        <source>The file has no site column and no site is entered yet: enter the site first (Sites and buildings), or add a site column to the file.</source>
        <translation>文件中没有安置点列，系统中也还没有录入安置点：请先在“安置点和楼栋”中录入安置点，或在文件中加上安置点列。</translation>
    </message>
</context>
<context>
    <name>anju::ImportWriter</name>
    <message>
        <source>The household names no site: fill in the site column or choose a site for the import.</source>
        <translation>该户没有填写安置点：请填写安置点列，或为本次导入指定安置点。</translation>
    </message>
    <message>
        <source>The site %1 could not be created: %2</source>
        <translation>无法创建安置点 %1：%2</translation>
    </message>
</context>
<context>
    <name>anju::Labels</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Grandson</source>
        <translation>孙子</translation>
    </message>
    <message>
        <source>Granddaughter</source>
        <translation>孙女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>儿媳</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>女婿</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>未上学</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior middle school</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>中专/职高</translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation>大专</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>本科</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>长期慢性病</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>患有大病</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Ordinary labour</source>
        <translation>普通劳动力</translation>
    </message>
    <message>
        <source>Skilled labour</source>
        <translation>技能劳动力</translation>
    </message>
    <message>
        <source>Weak or half labour</source>
        <translation>弱劳动力或半劳动力</translation>
    </message>
    <message>
        <source>Lost labour capacity</source>
        <translation>丧失劳动力</translation>
    </message>
    <message>
        <source>No labour capacity</source>
        <translation>无劳动力</translation>
    </message>
    <message>
        <source>Ordinary citizen</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <source>CPC probationary member</source>
        <translation>中共预备党员</translation>
    </message>
    <message>
        <source>Communist Youth League member</source>
        <translation>共青团员</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>民主党派</translation>
    </message>
    <message>
        <source>Moved to another household</source>
        <translation>转入其他户</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>汉族</translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation>蒙古族</translation>
    </message>
    <message>
        <source>Hui</source>
        <translation>回族</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏族</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>维吾尔族</translation>
    </message>
    <message>
        <source>Miao</source>
        <translation>苗族</translation>
    </message>
    <message>
        <source>Yi</source>
        <translation>彝族</translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation>壮族</translation>
    </message>
    <message>
        <source>Buyei</source>
        <translation>布依族</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>朝鲜族</translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation>满族</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>侗族</translation>
    </message>
    <message>
        <source>Yao</source>
        <translation>瑶族</translation>
    </message>
    <message>
        <source>Bai</source>
        <translation>白族</translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation>土家族</translation>
    </message>
    <message>
        <source>Hani</source>
        <translation>哈尼族</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>哈萨克族</translation>
    </message>
    <message>
        <source>Dai</source>
        <translation>傣族</translation>
    </message>
    <message>
        <source>Li</source>
        <translation>黎族</translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation>傈僳族</translation>
    </message>
    <message>
        <source>Va</source>
        <translation>佤族</translation>
    </message>
    <message>
        <source>She</source>
        <translation>畲族</translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation>高山族</translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation>拉祜族</translation>
    </message>
    <message>
        <source>Shui</source>
        <translation>水族</translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation>东乡族</translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation>纳西族</translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation>景颇族</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>柯尔克孜族</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>土族</translation>
    </message>
    <message>
        <source>Daur</source>
        <translation>达斡尔族</translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation>仫佬族</translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation>羌族</translation>
    </message>
    <message>
        <source>Blang</source>
        <translation>布朗族</translation>
    </message>
    <message>
        <source>Salar</source>
        <translation>撒拉族</translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation>毛南族</translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation>仡佬族</translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation>锡伯族</translation>
    </message>
    <message>
        <source>Achang</source>
        <translation>阿昌族</translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation>普米族</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>塔吉克族</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>怒族</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>乌孜别克族</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄罗斯族</translation>
    </message>
    <message>
        <source>Ewenki</source>
        <translation>鄂温克族</translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation>德昂族</translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation>保安族</translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation>裕固族</translation>
    </message>
    <message>
        <source>Gin</source>
        <translation>京族</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>塔塔尔族</translation>
    </message>
    <message>
        <source>Derung</source>
        <translation>独龙族</translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation>鄂伦春族</translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation>赫哲族</translation>
    </message>
    <message>
        <source>Monba</source>
        <translation>门巴族</translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation>珞巴族</translation>
    </message>
    <message>
        <source>Jino</source>
        <translation>基诺族</translation>
    </message>
    <message>
        <source>Other ethnic group</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation>外国血统中国籍人士</translation>
    </message>
    <message>
        <source>No service centre</source>
        <translation>无服务中心</translation>
    </message>
    <message>
        <source>Service management centre</source>
        <translation>服务管理中心</translation>
    </message>
    <message>
        <source>One-stop service centre</source>
        <translation>一站式服务中心</translation>
    </message>
</context>
<context>
    <name>anju::MainWindow</name>
    <message>
        <source>Anju — %1</source>
        <translation>安居 — %1</translation>
    </message>
    <message>
        <source> [demo database]</source>
        <translation>（演示数据库）</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>业务导航</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>党建</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>党建工作</translation>
    </message>
    <message>
        <source>It will hold the party organisations and their members through each development stage, with dues, meetings and transfers of organisational relations.</source>
        <translation>此处将管理党组织和党员（含党员发展各阶段）、党费收缴、组织生活会议以及组织关系转接。</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grids and visits</source>
        <translation>网格与走访</translation>
    </message>
    <message>
        <source>It will hold the grids of each site with their staff, the cases residents bring, and the visits cadres must make to households that need them.</source>
        <translation>此处将管理各安置点的网格及网格员、居民反映的诉求，以及干部对需要关注的住户的走访。</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Follow-up support</source>
        <translation>后续帮扶</translation>
    </message>
    <message>
        <source>It will hold the monthly income checks, monitoring households, safety-net enrolment, employment, training and industry support of each household.</source>
        <translation>此处将管理每户的月度收入核查、监测对象、兜底保障、就业、培训和产业帮扶。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sites and buildings…</source>
        <translation>安置点和楼栋(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Anju</source>
        <translation>关于安居(&amp;A)</translation>
    </message>
    <message>
        <source>%1 · schema %2</source>
        <translation>%1 · 数据库版本 %2</translation>
    </message>
    <message>
        <source>The database this window works on, and the version of its schema.</source>
        <translation>本窗口使用的数据库及其数据库版本。</translation>
    </message>
    <message>
        <source>About Anju</source>
        <translation>关于安居</translation>
    </message>
    <message>
        <source>Anju %1

Follow-up support for relocation resettlement sites: the household registry, party building, grids and visits, support services and the monthly summary.

Database: %2 (schema %3)</source>
        <translation>安居 %1

易地扶贫搬迁安置点后续帮扶：住户登记、党建、网格与走访、帮扶服务和月度汇总。

数据库：%2（数据库版本 %3）</translation>
    </message>
</context>
<context>
    <name>anju::MemberColumns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>anju::MemberStateDialog</name>
    <message>
        <source>Move out: %1</source>
        <translation>迁出：%1</translation>
    </message>
    <message>
        <source>Mark deceased: %1</source>
        <translation>登记死亡：%1</translation>
    </message>
    <message>
        <source>%1 moves away from the office&apos;s sites (household %2). The record stays on file with the date and is no longer counted as a resident.</source>
        <translation>%1（户编号 %2）迁离本单位管理的安置点。其记录连同迁出日期保留存档，不再计入在住人口。</translation>
    </message>
    <message>
        <source>%1 of household %2 died. The record stays on file with the date and is no longer counted as a resident.</source>
        <translation>%1（户编号 %2）已去世。其记录连同死亡日期保留存档，不再计入在住人口。</translation>
    </message>
    <message>
        <source>Moved away &amp;on:</source>
        <translation>迁出日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Died &amp;on:</source>
        <translation>死亡日期(&amp;O)：</translation>
    </message>
    <message>
        <source>New &amp;head:</source>
        <translation>新户主(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Move out</source>
        <translation>迁出(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mark deceased</source>
        <translation>登记死亡(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member name (relationship)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>anju::MembersModel</name>
    <message>
        <source>edit %1 in row %2</source>
        <translation>修改第 %2 行的%1</translation>
    </message>
    <message>
        <source>remove member in row %1</source>
        <translation>删除第 %1 行的成员</translation>
    </message>
    <message>
        <source>add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Former member: kept on file, not editable.</source>
        <translation>原家庭成员：记录保留存档，不可修改。</translation>
    </message>
</context>
<context>
    <name>anju::MonthlySummaryBuilder</name>
    <message>
        <source>%1-%2</source>
        <comment>year and month of the summary, e.g. 2026年10月</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>Name the month of the summary as YYYY-MM.</source>
        <translation>请按“年-月”（YYYY-MM）填写汇总月份。</translation>
    </message>
    <message>
        <source>The site of the summary no longer exists.</source>
        <translation>所选安置点已不存在。</translation>
    </message>
    <message>
        <source>The summary was cancelled.</source>
        <translation>已取消汇总。</translation>
    </message>
</context>
<context>
    <name>anju::MoveMemberDialog</name>
    <message>
        <source>Move %1 to another household</source>
        <translation>将%1转入其他户</translation>
    </message>
    <message>
        <source>Household number, or a member&apos;s name or ID number</source>
        <translation>户编号，或成员姓名、身份证号</translation>
    </message>
    <message>
        <source>&amp;Find household:</source>
        <translation>查找搬迁户(&amp;F)：</translation>
    </message>
    <message>
        <source>New &amp;relationship:</source>
        <translation>与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <source>Moved &amp;on:</source>
        <translation>转入日期(&amp;O)：</translation>
    </message>
    <message>
        <source>New &amp;head here:</source>
        <translation>原户新户主(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>转入(&amp;M)</translation>
    </message>
    <message>
        <source>%1  %2, %3 %4</source>
        <translation>%1  %2，%3 %4</translation>
    </message>
</context>
<context>
    <name>anju::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>anju::PeopleStructureSection</name>
    <message>
        <source>Aged 0–5</source>
        <translation>0—5岁</translation>
    </message>
    <message>
        <source>Aged 6–15</source>
        <translation>6—15岁</translation>
    </message>
    <message>
        <source>Aged 16–59</source>
        <translation>16—59岁</translation>
    </message>
    <message>
        <source>Aged 60 and over</source>
        <translation>60岁及以上</translation>
    </message>
    <message>
        <source>People by sex, age and labour capacity</source>
        <translation>人口结构（性别、年龄、劳动力）</translation>
    </message>
</context>
<context>
    <name>anju::PersonWriter</name>
    <message>
        <source>Someone else changed household %1 after you opened it; nothing was saved. Reload it to see their changes.</source>
        <translation>您打开搬迁户 %1 后，其他用户修改了该户；本次未保存任何内容。请重新打开该户查看其修改。</translation>
    </message>
    <message>
        <source>This ID number was just registered for another person at another desk.</source>
        <translation>该身份证号刚刚已由其他用户登记给另一人。</translation>
    </message>
    <message>
        <source>The household already has a head of household (just saved at another desk).</source>
        <translation>该户已有户主（其他用户刚刚保存）。</translation>
    </message>
    <message>
        <source>This household number was just used at another desk.</source>
        <translation>该户编号刚刚已被其他用户使用。</translation>
    </message>
    <message>
        <source>The value is already used: %1</source>
        <translation>该值已被使用：%1</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved (%1).</source>
        <translation>数据库拒绝了本次修改，未保存任何内容（%1）。</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>该户已不存在。</translation>
    </message>
    <message>
        <source>Another household already has the number %1.</source>
        <translation>户编号 %1 已被其他户使用。</translation>
    </message>
    <message>
        <source>The chosen site no longer exists.</source>
        <translation>所选安置点已不存在。</translation>
    </message>
    <message>
        <source>The dwelling is not in the chosen site.</source>
        <translation>该住房不在所选安置点内。</translation>
    </message>
    <message>
        <source>This dwelling is already the home of household %1.</source>
        <translation>该住房已有住户（户编号 %1）。</translation>
    </message>
    <message>
        <source>This ID number already belongs to %1 of household %2: one person is registered once.</source>
        <translation>该身份证号已属于户编号 %2 的%1：同一人只能登记一次。</translation>
    </message>
    <message>
        <source>%1 is no longer a member of this household; reload it.</source>
        <translation>%1已不是本户成员，请重新打开本户。</translation>
    </message>
    <message>
        <source>%1 cannot be removed: a member moves out, dies or moves to another household, and stays on file.</source>
        <translation>%1不能删除：家庭成员只能迁出、登记死亡或转入其他户，记录保留存档。</translation>
    </message>
    <message>
        <source>Someone else changed %1 after you opened the household; nothing was saved. Reload it.</source>
        <translation>您打开本户后，其他用户修改了%1的信息；本次未保存任何内容。请重新打开本户。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 不能晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before %2 was born.</source>
        <translation>日期 %1 早于%2的出生日期。</translation>
    </message>
    <message>
        <source>The date %1 is before %2 joined this household (%3).</source>
        <translation>日期 %1 早于%2加入本户的日期（%3）。</translation>
    </message>
    <message>
        <source>%1 is the head of household: choose the member who becomes the new head.</source>
        <translation>%1是户主：请选择担任新户主的成员。</translation>
    </message>
    <message>
        <source>Choose the household %1 moves to.</source>
        <translation>请选择%1要转入的户。</translation>
    </message>
    <message>
        <source>%1 already belongs to household %2.</source>
        <translation>%1已是户编号 %2 的成员。</translation>
    </message>
    <message>
        <source>Household %1 is no longer registered.</source>
        <translation>搬迁户 %1 已不在册。</translation>
    </message>
    <message>
        <source>Household %1 already has a head of household (%2).</source>
        <translation>搬迁户 %1 已有户主（%2）。</translation>
    </message>
</context>
<context>
    <name>anju::PlaceholderPage</name>
    <message>
        <source>This part of Anju is not built yet in this version.</source>
        <translation>本版本尚未提供此功能。</translation>
    </message>
</context>
<context>
    <name>anju::PopulationSection</name>
    <message>
        <source>Households registered at month end</source>
        <translation>月末在册户数</translation>
    </message>
    <message>
        <source>Households moved in</source>
        <translation>迁入户数</translation>
    </message>
    <message>
        <source>Households moved away</source>
        <translation>迁出户数</translation>
    </message>
    <message>
        <source>Households dissolved</source>
        <translation>注销户数</translation>
    </message>
    <message>
        <source>People registered at month end</source>
        <translation>月末在册人数</translation>
    </message>
    <message>
        <source>People moved in</source>
        <translation>迁入人数</translation>
    </message>
    <message>
        <source>People born</source>
        <translation>出生人数</translation>
    </message>
    <message>
        <source>People moved out</source>
        <translation>迁出人数</translation>
    </message>
    <message>
        <source>People deceased</source>
        <translation>死亡人数</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>分安置点情况</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>安置点编码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Households and people</source>
        <translation>户数人口</translation>
    </message>
</context>
<context>
    <name>anju::PopulationTrend</name>
    <message>
        <source>No figures.</source>
        <translation>没有数据。</translation>
    </message>
</context>
<context>
    <name>anju::RegistryService</name>
    <message>
        <source>The household was saved but cannot be read back.</source>
        <translation>该户已保存，但无法重新读取。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该成员已不存在。</translation>
    </message>
    <message>
        <source>%1 is no longer a registered member.</source>
        <translation>%1已不是在册成员。</translation>
    </message>
    <message>
        <source>The member&apos;s household no longer exists.</source>
        <translation>该成员所在的户已不存在。</translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation>该户已不存在。</translation>
    </message>
    <message>
        <source>Household %1 is no longer registered.</source>
        <translation>搬迁户 %1 已不在册。</translation>
    </message>
</context>
<context>
    <name>anju::RejectedRowsWriter</name>
    <message>
        <source>The rows have too many columns for a spreadsheet.</source>
        <translation>这些行的列数超出了表格的上限。</translation>
    </message>
    <message>
        <source>There are too many rejected rows for one spreadsheet.</source>
        <translation>未通过的行太多，一个工作表放不下。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is in use; close it and save again.</source>
        <translation>文件 %1 正在被使用，请关闭后重新保存。</translation>
    </message>
</context>
<context>
    <name>anju::ReportContext</name>
    <message>
        <source>The summary could not be computed: %1</source>
        <translation>无法计算汇总数据：%1</translation>
    </message>
</context>
<context>
    <name>anju::ReportPage</name>
    <message>
        <source>yyyy-MM</source>
        <comment>month picker format, e.g. yyyy年MM月</comment>
        <translation>yyyy年MM月</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>安置点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>导出PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>导出Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1, %2 · computed in %L3 ms</source>
        <translation>%1，%2 · 用时%L3毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n项）</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly summary was saved as PDF.</source>
        <translation>月度汇总已导出为PDF。</translation>
    </message>
    <message>
        <source>The monthly summary was saved as Excel.</source>
        <translation>月度汇总已导出为Excel。</translation>
    </message>
</context>
<context>
    <name>anju::RosterExporter</name>
    <message>
        <source>Cannot export the roster to &quot;%1&quot;: the file name must end in .xlsx (Excel) or .csv.</source>
        <translation>无法将花名册导出到“%1”：文件名必须以 .xlsx（Excel）或 .csv 结尾。</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file to export to.</source>
        <translation>%1 是文件夹：请指定要导出到的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>The site to export no longer exists.</source>
        <translation>要导出的安置点已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>anju::RosterFilterBar</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Name, ID number, phone or household number</source>
        <translation>姓名、身份证号、电话或户编号</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>安置点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
</context>
<context>
    <name>anju::RosterImporter</name>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>The roster has no column for %1; place it in the column mapping.</source>
        <translation>花名册中没有“%1”列，请在列对应关系中指定。</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>The database could not be prepared: %1</source>
        <translation>无法准备数据库：%1</translation>
    </message>
    <message>
        <source>Another row of this household has an error.</source>
        <translation>该户的其他行有错误。</translation>
    </message>
    <message>
        <source>Writing household %1 failed: %2</source>
        <translation>写入搬迁户 %1 失败：%2</translation>
    </message>
    <message>
        <source>The imported rows could not be indexed: %1</source>
        <translation>无法为导入的行建立索引：%1</translation>
    </message>
    <message>
        <source>Sheet %1, row %2, %3: %4</source>
        <translation>工作表“%1”第 %2 行，%3：%4</translation>
    </message>
</context>
<context>
    <name>anju::RosterModel</name>
    <message>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Relocated</source>
        <translation>搬迁日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>anju::RosterRowsQuery</name>
    <message>
        <source>The roster cannot be counted: %1</source>
        <translation>无法统计花名册：%1</translation>
    </message>
    <message>
        <source>The roster cannot be read: %1</source>
        <translation>无法读取花名册：%1</translation>
    </message>
</context>
<context>
    <name>anju::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language applies the next time Anju starts.</source>
        <translation>更改语言后，下次启动安居时生效。</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>数据库版本：</translation>
    </message>
    <message>
        <source>This database holds demo data.</source>
        <translation>这是演示数据库。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Anju version:</source>
        <translation>安居版本：</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt 版本：</translation>
    </message>
    <message>
        <source>Language saved. Start Anju again to use it.</source>
        <translation>语言设置已保存，重新启动安居后生效。</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>无法打开文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>anju::SiteDialog</name>
    <message>
        <source>New site</source>
        <translation>新建安置点</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>编辑安置点 %1</translation>
    </message>
    <message>
        <source>e.g. 430524001</source>
        <translation>如 430524001</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>县（市、区）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>Urban (in a town or city)</source>
        <translation>城镇（位于城区或集镇）</translation>
    </message>
    <message>
        <source>Rural (in a village)</source>
        <translation>农村（位于村庄）</translation>
    </message>
    <message>
        <source>&amp;Urban or rural:</source>
        <translation>城镇/农村(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Move-in date:</source>
        <translation>入住日期(&amp;M)：</translation>
    </message>
    <message>
        <source>Households come from other townships (cross-to&amp;wnship site)</source>
        <translation>搬迁户来自其他乡镇（跨乡镇安置）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Service &amp;centre:</source>
        <translation>服务中心(&amp;C)：</translation>
    </message>
    <message>
        <source>Water, power, road, broadband and gas connected; roads hardened, greened and lit</source>
        <translation>通水、通电、通路、通网、通气，道路硬化、绿化、亮化</translation>
    </message>
    <message>
        <source>Meets the &amp;five connections and three improvements (五通三化)</source>
        <translation>已达到“五通三化”(&amp;F)</translation>
    </message>
</context>
<context>
    <name>anju::SiteRules</name>
    <message>
        <source>%L1 residents need a one-stop service centre (recorded: %2)</source>
        <translation>居民%L1人，应建一站式服务中心（现登记：%2）</translation>
    </message>
    <message>
        <source>Needs at least a service management centre (recorded: %1)</source>
        <translation>至少应建服务管理中心（现登记：%1）</translation>
    </message>
    <message>
        <source>%L1 households: water, power, road, broadband and gas connected, roads hardened, greened and lit are not all recorded</source>
        <translation>住户%L1户，“五通三化”（通水、通电、通路、通网、通气，硬化、绿化、亮化）尚未全部达标</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Five connections, three improvements</source>
        <translation>五通三化</translation>
    </message>
</context>
<context>
    <name>anju::SiteRulesSection</name>
    <message>
        <source>Rules broken at month end</source>
        <translation>月末不符合建设规范的安置点</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>安置点编码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规范项</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Sites with registered households</source>
        <translation>有在册住户的安置点数</translation>
    </message>
    <message>
        <source>Sites without the service centre they need</source>
        <translation>服务中心未达标的安置点数</translation>
    </message>
    <message>
        <source>Sites short of the required five connections and three improvements</source>
        <translation>“五通三化”未达标的安置点数</translation>
    </message>
    <message>
        <source>Site rules</source>
        <translation>安置点建设规范</translation>
    </message>
</context>
<context>
    <name>anju::SiteService</name>
    <message>
        <source>Enter the site code.</source>
        <translation>请输入安置点编码。</translation>
    </message>
    <message>
        <source>The site code may contain only digits, Latin letters and hyphens (at most 20).</source>
        <translation>安置点编码只能包含数字、英文字母和连字符（最多 20 个字符）。</translation>
    </message>
    <message>
        <source>Enter the site name.</source>
        <translation>请输入安置点名称。</translation>
    </message>
    <message>
        <source>Enter the county code of the site.</source>
        <translation>请输入安置点所在县（市、区）的代码。</translation>
    </message>
    <message>
        <source>%1 is not a county code: it has six digits, like 430524.</source>
        <translation>%1 不是县级行政区划代码：代码为六位数字，如 430524。</translation>
    </message>
    <message>
        <source>Enter the building name or number.</source>
        <translation>请输入楼栋号。</translation>
    </message>
    <message>
        <source>A building has at most 100 floors (0 when not recorded).</source>
        <translation>楼栋层数最多为 100 层（未记录时填 0）。</translation>
    </message>
    <message>
        <source>Another site already has the code %1.</source>
        <translation>编码 %1 已被其他安置点使用。</translation>
    </message>
    <message>
        <source>The site was not saved: %1</source>
        <translation>安置点未保存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this site meanwhile; close the form and open it again.</source>
        <translation>其他用户刚刚修改了该安置点，请关闭本窗口后重新打开。</translation>
    </message>
    <message>
        <source>Choose the site of the building.</source>
        <translation>请选择楼栋所在的安置点。</translation>
    </message>
    <message>
        <source>A building has between 1 and 20 units.</source>
        <translation>每栋楼的单元数应在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>The site already has a building named %1.</source>
        <translation>该安置点已有名为 %1 的楼栋。</translation>
    </message>
    <message>
        <source>The building was not saved: %1</source>
        <translation>楼栋未保存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this building meanwhile; close the form and open it again.</source>
        <translation>其他用户刚刚修改了该楼栋，请关闭本窗口后重新打开。</translation>
    </message>
    <message>
        <source>Enter the room number.</source>
        <translation>请输入房号。</translation>
    </message>
    <message>
        <source>The floor area must be between 0 and 500 m².</source>
        <translation>住房面积应在 0 到 500 平方米之间。</translation>
    </message>
    <message>
        <source>The room was not saved: %1</source>
        <translation>住房未保存：%1</translation>
    </message>
</context>
<context>
    <name>anju::SitesDialog</name>
    <message>
        <source>Sites and buildings</source>
        <translation>安置点和楼栋</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>新建安置点(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit site…</source>
        <translation>编辑安置点(&amp;E)…</translation>
    </message>
    <message>
        <source>Buildings of the selected site</source>
        <translation>所选安置点的楼栋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Add &amp;building…</source>
        <translation>新建楼栋(&amp;B)…</translation>
    </message>
    <message>
        <source>Edit b&amp;uilding…</source>
        <translation>编辑楼栋(&amp;U)…</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Site %1 saved.</source>
        <translation>安置点 %1 已保存。</translation>
    </message>
    <message>
        <source>Building %1 saved.</source>
        <translation>楼栋 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>anju::SummaryDocument</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>anju::SummaryOutput</name>
    <message>
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <source>Print preview: monthly summary %1</source>
        <translation>打印预览：%1月度汇总</translation>
    </message>
    <message>
        <source>Save the monthly summary as PDF</source>
        <translation>将月度汇总导出为PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the monthly summary as Excel</source>
        <translation>将月度汇总导出为Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>正在写入 %1…</translation>
    </message>
</context>
<context>
    <name>anju::SummaryWords</name>
    <message>
        <source>Monthly summary of the resettlement sites</source>
        <translation>易地扶贫搬迁安置点月度汇总表</translation>
    </message>
    <message>
        <source>Monthly summary of %1</source>
        <translation>%1月度汇总表</translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation>填报单位：%1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>统计月份：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>填表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Head of unit:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Printed on %1-%2-%3</source>
        <comment>year, month, day: 打印日期：%1年%2月%3日</comment>
        <translation>打印日期：%1年%2月%3日</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>anju::SummaryXlsxWriter</name>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <source>&amp;CPage &amp;P of &amp;N</source>
        <translation>&amp;C第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>anju::TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The workbook is password-protected or in the old .xls format; save it as .xlsx without a password.</source>
        <translation>该工作簿设有密码或为旧版 .xls 格式；请另存为不带密码的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The file is a web page or an XML document, not a workbook; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>该文件是网页或 XML 文档，不是工作簿；请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
    </message>
</context>
<context>
    <name>anju::XlsxMergeScanner</name>
    <message>
        <source>The sheet part %1 has a merged range &quot;%2&quot; that is not valid.</source>
        <translation>工作表部件 %1 中的合并区域“%2”无效。</translation>
    </message>
    <message>
        <source>The sheet part %1 has more than %2 merged ranges.</source>
        <translation>工作表部件 %1 中的合并区域超过 %2 个。</translation>
    </message>
</context>
<context>
    <name>anju::XlsxReader</name>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>工作簿中没有第 %1 个工作表。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is missing from the workbook; the file is damaged.</source>
        <translation>工作簿中缺少工作表“%1”，文件已损坏。</translation>
    </message>
</context>
<context>
    <name>anju::XlsxRosterWriter</name>
    <message>
        <source>The spreadsheet cannot be started.</source>
        <translation>无法创建电子表格。</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be started (no room for its temporary file?).</source>
        <translation>无法创建电子表格（可能是临时文件空间不足）。</translation>
    </message>
</context>
<context>
    <name>anju::XlsxSheetStream</name>
    <message>
        <source>Cell %1 has %2 characters; a spreadsheet cell holds at most %3.</source>
        <translation>单元格 %1 有 %2 个字符，超过电子表格单元格的上限 %3 个。</translation>
    </message>
    <message>
        <source>Row %1 of sheet part %2 has a cell with the invalid reference &quot;%3&quot;.</source>
        <translation>工作表部件 %2 的第 %1 行中有无效的单元格引用“%3”。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns; a spreadsheet has at most %2 (cell %3 is past the limit).</source>
        <translation>第 %1 行超过 %2 列，电子表格最多只有 %2 列（单元格 %3 超出限制）。</translation>
    </message>
    <message>
        <source>Cell %1 refers to a shared string the workbook does not have; the file is damaged.</source>
        <translation>单元格 %1 引用了工作簿中不存在的共享字符串，文件已损坏。</translation>
    </message>
</context>
<context>
    <name>anju::XlsxWorkbook</name>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>该文件是 zip 压缩包，但不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook is in Excel&apos;s binary format (.xlsb); save it as .xlsx.</source>
        <translation>该工作簿是 Excel 二进制格式（.xlsb），请另存为 .xlsx。</translation>
    </message>
</context>
<context>
    <name>anju::XlsxXml</name>
    <message>
        <source>The part %1 of the workbook ends too early; the file is damaged or incomplete.</source>
        <translation>工作簿部件 %1 提前结束，文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: %2 (line %3, column %4).</source>
        <translation>工作簿部件 %1 已损坏：%2（第 %3 行，第 %4 列）。</translation>
    </message>
</context>
<context>
    <name>anju::ZipArchive</name>
    <message>
        <source>Cannot read the file %1 (%2).</source>
        <translation>无法读取文件 %1（%2）。</translation>
    </message>
    <message>
        <source>The workbook cannot be opened (%1).</source>
        <translation>无法打开工作簿（%1）。</translation>
    </message>
    <message>
        <source>The part %1 is missing from the workbook.</source>
        <translation>工作簿中缺少部件 %1。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged (%2).</source>
        <translation>工作簿部件 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to %2 bytes, more than the %3 bytes allowed; the file is damaged or built to exhaust memory.</source>
        <translation>工作簿部件 %1 解压后为 %2 字节，超过允许的 %3 字节；文件已损坏，或是为耗尽内存而特意构造的。</translation>
    </message>
    <message>
        <source>The workbook is password-protected; save it as .xlsx without a password.</source>
        <translation>该工作簿设有密码，请另存为不带密码的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be read (%2).</source>
        <translation>无法读取工作簿部件 %1（%2）。</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete, perhaps cut off while copying or downloading.</source>
        <translation>工作簿已损坏或不完整，可能在复制或下载时被截断。</translation>
    </message>
</context>
<context>
    <name>anju::ZipEntryDevice</name>
    <message>
        <source>The part %1 of the workbook is damaged (%2).</source>
        <translation>工作簿部件 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to more than %2 bytes; the file is damaged or built to exhaust memory.</source>
        <translation>工作簿部件 %1 解压后超过 %2 字节；文件已损坏，或是为耗尽内存而特意构造的。</translation>
    </message>
</context>
<context>
    <name>anju::cli::CliContext</name>
    <message>
        <source>There is no database at %1. Create it with: anju-cli --db %1 init</source>
        <translation>%1 处没有数据库。可用以下命令创建：anju-cli --db %1 init</translation>
    </message>
</context>
<context>
    <name>anju::cli::CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Usage: anju-cli %1</source>
        <translation>用法：anju-cli %1</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>使用 --help 查看可用选项。</translation>
    </message>
</context>
<context>
    <name>anju::cli::DemoCommand</name>
    <message>
        <source>[--db LOCATION] demo [--households N] [--seed S] [--today DATE]</source>
        <translation>[--db LOCATION] demo [--households N] [--seed S] [--today DATE]</translation>
    </message>
    <message>
        <source>Fills a database without households with demo data: sites, buildings and households of Shaoyang with valid ID numbers. The same seed always gives the same data.</source>
        <translation>向没有搬迁户的数据库填入演示数据：邵阳市的安置点、楼栋和搬迁户，身份证号均有效。相同的种子总是生成相同的数据。</translation>
    </message>
    <message>
        <source>How many households to make (default %1).</source>
        <translation>要生成的户数（默认 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random numbers (default %1).</source>
        <translation>随机数种子（默认 %1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The day the data is as of, YYYY-MM-DD (default %1).</source>
        <translation>数据截止日期，格式为 YYYY-MM-DD（默认 %1）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>demo takes no arguments, only options.</source>
        <translation>demo 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>--households must be a number from 1 to %L1.</source>
        <translation>--households 必须是 1 到 %L1 之间的数。</translation>
    </message>
    <message>
        <source>--seed must be a whole number of zero or more.</source>
        <translation>--seed 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD.</source>
        <translation>--today 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Making demo data: %1% (%L2 of %L3 households)</source>
        <translation>正在生成演示数据：%1%（%L2/%L3 户）</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>完成，用时 %1 秒。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>安置点：%1</translation>
    </message>
    <message>
        <source>Buildings: %1</source>
        <translation>楼栋：%1</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>单元：%1</translation>
    </message>
    <message>
        <source>Dwellings: %1</source>
        <translation>住房：%1</translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation>搬迁户：%1</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <source>Memberships: %1</source>
        <translation>成员记录：%1</translation>
    </message>
</context>
<context>
    <name>anju::cli::Dispatcher</name>
    <message>
        <source>--db and --language need a value.</source>
        <translation>--db 和 --language 需要指定值。</translation>
    </message>
    <message>
        <source>--db needs a database location.</source>
        <translation>--db 需要指定数据库路径。</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定一个命令。</translation>
    </message>
    <message>
        <source>household needs list or show, e.g. anju-cli household list --site 430524001.</source>
        <translation>household 后需要 list 或 show，例如：anju-cli household list --site 430524001</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>Unknown language %1: use zh_CN or en.</source>
        <translation>未知语言 %1：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Usage: anju-cli [--db LOCATION] [--language LANGUAGE] COMMAND [OPTIONS]

Anju resettlement-site registry on the command line.

Commands:
  validate-id ID...       Check resident ID numbers (no database needed)
  init                    Create the database or upgrade it to this version
  demo                    Fill a database without households with demo data
  household list          List the households
  household show NUMBER   Show one household with its members
  export roster -o FILE   Write the roster of households as .xlsx or .csv
  import FILE             Import a household roster (.xlsx or .csv)
  search TEXT             Find persons by name, ID number, phone or household number
  report monthly -o FILE  Write the monthly summary as .pdf, .xlsx or .json

Global options:
  --db LOCATION           The database file (default: %1)
  --language LANGUAGE     zh_CN or en (default: the language chosen in the settings)
  -h, --help              Show this help
  --version               Show the version

Run &quot;anju-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation>用法：anju-cli [--db LOCATION] [--language LANGUAGE] COMMAND [OPTIONS]

安居安置点住户登记命令行工具。

命令：
  validate-id ID...       校验居民身份证号（无需数据库）
  init                    创建数据库，或将其升级到本版本
  demo                    向没有搬迁户的数据库填入演示数据
  household list          列出搬迁户
  household show NUMBER   显示一户及其家庭成员
  export roster -o FILE   导出搬迁户花名册（.xlsx 或 .csv）
  import FILE             导入搬迁户花名册（.xlsx 或 .csv）
  search TEXT             按姓名、身份证号、电话或户编号查找人员
  report monthly -o FILE  生成月度汇总（.pdf、.xlsx 或 .json）

全局选项：
  --db LOCATION           数据库文件（默认：%1）
  --language LANGUAGE     zh_CN 或 en（默认：设置中选择的语言）
  -h, --help              显示本帮助
  --version               显示版本号

运行“anju-cli COMMAND --help”查看某个命令的选项。
</translation>
    </message>
</context>
<context>
    <name>anju::cli::ExportCommand</name>
    <message>
        <source>[--db LOCATION] export roster -o FILE [--site CODE] [--active-only] [--unit NAME] [--date DATE]</source>
        <translation>[--db LOCATION] export roster -o FILE [--site CODE] [--active-only] [--unit NAME] [--date DATE]</translation>
    </message>
    <message>
        <source>Writes the household roster, one row per person, household by household. A .xlsx file has the layout offices file and print: title, reporting unit and date, household columns merged over the members&apos; rows, totals and signature lines. A .csv file (UTF-8) has one header line and one line per person, for other programs. Both can be imported again.</source>
        <translation>逐户导出搬迁户花名册，每人一行。.xlsx 文件采用单位存档和打印的格式：标题、填报单位和日期、户信息列跨家庭成员行合并、合计行和签字栏。.csv 文件（UTF-8）有一行表头，每人一行，供其他程序使用。两种文件都可以重新导入。</translation>
    </message>
    <message>
        <source>The file to write, ending in .xlsx or .csv (replaced when it exists).</source>
        <translation>要写入的文件，以 .xlsx 或 .csv 结尾（已存在时将被覆盖）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation>只导出该编码安置点的搬迁户。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Leave out members who moved away or died (by default they are listed with their state and its date).</source>
        <translation>不列出已迁出或死亡的成员（默认会列出，并注明其状态和日期）。</translation>
    </message>
    <message>
        <source>The reporting unit written above the table (.xlsx).</source>
        <translation>表格上方的填报单位（.xlsx）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The reporting date written above the table, YYYY-MM-DD (default: today).</source>
        <translation>表格上方的填报日期，格式为 YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Name what to export: anju-cli export roster -o FILE.</source>
        <translation>请指定要导出的内容：anju-cli export roster -o FILE</translation>
    </message>
    <message>
        <source>export roster takes no arguments besides roster, only options.</source>
        <translation>export 除 roster 外不接受其他参数，只接受选项。</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE (.xlsx or .csv).</source>
        <translation>请用 -o FILE 指定要写入的文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD.</source>
        <translation>--date 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>Exporting: %1% (%L2 of %L3 persons)</source>
        <translation>正在导出：%1%（%L2/%L3 人）</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>完成，用时 %1 秒。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation>搬迁户：%1</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <source>Of them moved away or deceased: %1</source>
        <translation>其中已迁出或死亡：%1</translation>
    </message>
</context>
<context>
    <name>anju::cli::HouseholdListCommand</name>
    <message>
        <source>[--db LOCATION] household list [--site CODE] [--state STATE] [--json]</source>
        <translation>[--db LOCATION] household list [--site CODE] [--state STATE] [--json]</translation>
    </message>
    <message>
        <source>Lists the households site by site, ordered by household number: number, head, site, address, active members and state.</source>
        <translation>按安置点列出搬迁户，按户编号排序：户编号、户主、安置点、住址、在册人数和状态。</translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation>只列出该编码安置点的搬迁户。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only households in this state: active, moved_away or dissolved (default: all).</source>
        <translation>只列出该状态的搬迁户：active（在册）、moved_away（迁出）或 dissolved（注销）；不指定时列出全部。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Print a JSON array of objects instead of text.</source>
        <translation>以 JSON 对象数组代替文本输出。</translation>
    </message>
    <message>
        <source>household list takes no arguments, only options.</source>
        <translation>household list 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>Unknown state %1: use active, moved_away or dissolved.</source>
        <translation>未知状态 %1：请使用 active、moved_away 或 dissolved。</translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>anju::cli::HouseholdShowCommand</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 as %2 from %3 to %4</source>
        <translation>%1 户（%2），%3 至 %4</translation>
    </message>
    <message>
        <source>%1 as %2 since %3</source>
        <translation>%1 户（%2），%3 起</translation>
    </message>
    <message>
        <source>[--db LOCATION] household show NUMBER [--json]</source>
        <translation>[--db LOCATION] household show NUMBER [--json]</translation>
    </message>
    <message>
        <source>Shows one household: its address, origin and members, with every household each member has belonged to, and the members who moved to another household.</source>
        <translation>显示一户的住址、迁出地和家庭成员，包括每名成员曾经所在的各户，以及已转入其他户的成员。</translation>
    </message>
    <message>
        <source>The household number, e.g. 430524001-0001.</source>
        <translation>户编号，例如 430524001-0001。</translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation>以 JSON 对象代替文本输出。</translation>
    </message>
    <message>
        <source>Give exactly one household number.</source>
        <translation>请指定且仅指定一个户编号。</translation>
    </message>
    <message>
        <source>There is no household with the number %1.</source>
        <translation>没有户编号为 %1 的搬迁户。</translation>
    </message>
    <message>
        <source>Household %1 (%2)</source>
        <translation>搬迁户 %1（%2）</translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation>安置点：%1（%2）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>住址：%1</translation>
    </message>
    <message>
        <source>Origin: %1 %2 %3</source>
        <translation>迁出地：%1 %2 %3</translation>
    </message>
    <message>
        <source>Relocated on: %1</source>
        <translation>搬迁入住日期：%1</translation>
    </message>
    <message>
        <source>Registration moved here: %1</source>
        <translation>户籍已迁入：%1</translation>
    </message>
    <message>
        <source>Residence permit: %1</source>
        <translation>已办理居住证：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>家庭成员：</translation>
    </message>
    <message>
        <source>Moved to another household:</source>
        <translation>已转入其他户：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>stay (how it ended)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>anju::cli::ImportCommand</name>
    <message>
        <source>[--db LOCATION] import FILE [--dry-run] [--skip-invalid] [--json] [--sheet N] [--header-row N] [--site CODE]</source>
        <translation>[--db LOCATION] import FILE [--dry-run] [--skip-invalid] [--json] [--sheet N] [--header-row N] [--site CODE]</translation>
    </message>
    <message>
        <source>Imports a household roster (.xlsx, or .csv in UTF-8 or GB18030). A household goes in whole or not at all; without --skip-invalid nothing is written when any row is wrong. Every rejected row is listed with its row number, column and reason.</source>
        <translation>导入搬迁户花名册（.xlsx，或 UTF-8、GB18030 编码的 .csv）。每户要么整户导入，要么整户不导入；不加 --skip-invalid 时，只要有一行有误就不写入任何内容。每个被拒绝的行都会列出行号、列和原因。</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>只检查文件并报告结果，不写入任何内容。</translation>
    </message>
    <message>
        <source>Write the valid households even if others are rejected.</source>
        <translation>即使有其他户被拒绝，也写入有效的户。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Read this sheet (1 is the first) instead of finding the roster.</source>
        <translation>读取指定的工作表（1 为第一个），不自动查找花名册。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The header is on this row instead of the one found.</source>
        <translation>指定表头所在的行，不使用自动找到的行。</translation>
    </message>
    <message>
        <source>Site (code or name) for households whose rows name none.</source>
        <translation>未填写安置点的户所属的安置点（编码或名称）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>import takes exactly one file.</source>
        <translation>import 需要且只需要一个文件。</translation>
    </message>
    <message>
        <source>--sheet must be a number from 1.</source>
        <translation>--sheet 必须是从 1 开始的数字。</translation>
    </message>
    <message>
        <source>--header-row must be a number from 1.</source>
        <translation>--header-row 必须是从 1 开始的数字。</translation>
    </message>
    <message>
        <source>Reading: %1%</source>
        <translation>正在读取：%1%</translation>
    </message>
    <message>
        <source>This file was already imported on %1; nothing was changed.</source>
        <translation>该文件已于 %1 导入过，未作任何改动。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, header on row %2.</source>
        <translation>工作表“%1”，表头在第 %2 行。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Correct the rows above and import again, or use --skip-invalid to import the valid households.</source>
        <translation>请更正以上各行后重新导入，或使用 --skip-invalid 只导入有效的户。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation>已导入：%1，%2。</translation>
    </message>
    <message>
        <source>Would import: %1, %2 (dry run: nothing written).</source>
        <translation>将导入：%1，%2（试运行，未写入任何数据）。</translation>
    </message>
    <message>
        <source>Nothing new to import: every household of the file is already in the database.</source>
        <translation>没有需要导入的新内容：文件中的每一户都已在数据库中。</translation>
    </message>
    <message>
        <source>Rejected: %1, %2.</source>
        <translation>未通过：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the database as in the file: %1.</source>
        <translation>已按文件原样在数据库中：%1。</translation>
    </message>
</context>
<context>
    <name>anju::cli::InitCommand</name>
    <message>
        <source>[--db LOCATION] init</source>
        <translation>[--db LOCATION] init</translation>
    </message>
    <message>
        <source>Creates the database, or upgrades an existing one to the schema of this program, and prints its location and schema version.</source>
        <translation>创建数据库，或将已有数据库升级到本程序的数据库版本，并显示其位置和数据库版本。</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 不接受参数。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>数据库版本：%1</translation>
    </message>
</context>
<context>
    <name>anju::cli::ReportCommand</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Writes the monthly summary of the whole office or of one site: households and people, moves, structure and the site rules broken, each with last month&apos;s figure and the change. The file&apos;s extension chooses the format: .pdf (A4, for printing), .xlsx (the office layout with signature lines) or .json (for other programs).</source>
        <translation>生成全部安置点或单个安置点的月度汇总：户数人口、迁入迁出、人口结构和不符合规范的安置点，每项均列出上月数和增减。按文件扩展名选择格式：.pdf（A4，用于打印）、.xlsx（单位常用报表格式，含签字栏）或 .json（供其他程序使用）。</translation>
    </message>
    <message>
        <source>The file to write, ending in .pdf, .xlsx or .json (replaced when it exists).</source>
        <translation>要写入的文件，扩展名为 .pdf、.xlsx 或 .json（已存在则覆盖）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: this month, %1).</source>
        <translation>汇总月份，格式 YYYY-MM（默认：本月，%1）。</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Only the site with this code.</source>
        <translation>只汇总该编码的安置点。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name the report: anju-cli report monthly --month YYYY-MM -o FILE.</source>
        <translation>请指明报表：anju-cli report monthly --month YYYY-MM -o 文件。</translation>
    </message>
    <message>
        <source>report monthly takes no arguments besides monthly, only options.</source>
        <translation>report monthly 除 monthly 外不接受其他参数，只接受选项。</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE (.pdf, .xlsx or .json).</source>
        <translation>请用 -o 文件 指定要写入的文件（.pdf、.xlsx 或 .json）。</translation>
    </message>
    <message>
        <source>The file must end in .pdf, .xlsx or .json.</source>
        <translation>文件扩展名必须是 .pdf、.xlsx 或 .json。</translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM, e.g. 2026-10.</source>
        <translation>--month 须按 YYYY-MM 填写月份，如 2026-10。</translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>Figures computed in %1 ms, file written in %2 ms.</source>
        <translation>计算用时 %1 毫秒，写文件用时 %2 毫秒。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>last month %1</source>
        <translation>上月 %1</translation>
    </message>
    <message>
        <source>[--db LOCATION] report monthly [--month YYYY-MM] [--site CODE] [--unit NAME] -o FILE</source>
        <translation>[--db LOCATION] report monthly [--month YYYY-MM] [--site CODE] [--unit NAME] -o FILE</translation>
    </message>
    <message>
        <source>The reporting unit (填报单位) printed above the figures (default: the office&apos;s name in the settings, or the site&apos;s name).</source>
        <translation>表头所印的填报单位（默认：设置中的单位名称，单个安置点时为安置点名称）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>anju::cli::SearchCommand</name>
    <message>
        <source>[--db LOCATION] search TEXT [--limit N] [--json] [--timing]</source>
        <translation>[--db LOCATION] search TEXT [--limit N] [--json] [--timing]</translation>
    </message>
    <message>
        <source>Finds persons by a fragment of their name (one Chinese character is enough), any part of their ID number or phone, or their household number; prints how many and the first of them.</source>
        <translation>按姓名的一部分（一个汉字即可）、身份证号或电话的任意一部分，或户编号查找人员；输出找到的人数和排在前面的若干人。</translation>
    </message>
    <message>
        <source>How many persons to print (default 20).</source>
        <translation>最多输出多少人（默认 20）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Print the time the search itself took to standard error.</source>
        <translation>将查找本身所用的时间输出到标准错误。</translation>
    </message>
    <message>
        <source>search takes one text to search for.</source>
        <translation>search 需要一个要查找的文本。</translation>
    </message>
    <message>
        <source>--limit must be a number of zero or more.</source>
        <translation>--limit 必须是大于或等于 0 的数。</translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln person(s).</source>
        <translation>
            <numerusform>找到 %Ln 人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::cli::ValidateIdCommand</name>
    <message>
        <source>validate-id ID...</source>
        <translation>validate-id ID...</translation>
    </message>
    <message>
        <source>Checks resident ID numbers (GB 11643-1999). Prints for each the normalized number, the sex and the birth date, or why it is invalid. Lower-case x, full-width digits and spaces are accepted; a 15-digit number is converted to 18 digits. Exits with 1 when any number is invalid.</source>
        <translation>校验居民身份证号（GB 11643-1999）。逐个输出规范化后的号码、性别和出生日期，或无效的原因。可以使用小写 x、全角数字和空格；15 位号码会转换为 18 位。只要有一个号码无效，退出码即为 1。</translation>
    </message>
    <message>
        <source>Resident ID numbers to check.</source>
        <translation>要校验的居民身份证号。</translation>
    </message>
    <message>
        <source>Give at least one ID number.</source>
        <translation>请至少指定一个身份证号。</translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation>%1：无效：%2</translation>
    </message>
    <message>
        <source>%1: valid, %2, born %3 (converted from the 15-digit number %4)</source>
        <translation>%1：有效，%2，出生日期 %3（由 15 位号码 %4 转换）</translation>
    </message>
    <message>
        <source>%1: valid, %2, born %3</source>
        <translation>%1：有效，%2，出生日期 %3</translation>
    </message>
</context>
</TS>
