<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>anju::AboutDialog</name>
    <message>
        <source>About Anju</source>
        <translation>关于安居</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Anju %1&lt;/h2&gt;&lt;p&gt;Follow-up support for relocation resettlement sites: the household registry, party building, the dashboard and the monthly summary.&lt;/p&gt;&lt;p&gt;Licence: %2 (GNU General Public License, version 3 or later).&lt;/p&gt;&lt;p&gt;Libraries:&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;&lt;p&gt;Database: %4 (schema %5)&lt;/p&gt;</source>
        <translation>&lt;h2&gt;安居 %1&lt;/h2&gt;&lt;p&gt;易地扶贫搬迁安置点后续帮扶管理：住户登记、党建、工作台和月度汇总。&lt;/p&gt;&lt;p&gt;许可证：%2（GNU 通用公共许可证第 3 版或更新版本）。&lt;/p&gt;&lt;p&gt;使用的程序库：&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;&lt;p&gt;数据库：%4（数据库版本 %5）&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>anju::Address</name>
    <message>
        <source>Unit %1</source>
        <translation>%1单元</translation>
    </message>
</context>
<context>
    <name>anju::AdminMenu</name>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Anju backups (*.sqlite)</source>
        <translation>安居备份文件 (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace everything in the database by the backup %1, made %2?

The database as it is now is kept in a file beside it, and Anju closes afterwards; start it again to go on.</source>
        <translation>确定用备份 %1（备份时间 %2）替换数据库中的全部内容吗？

当前数据库会另存在它旁边的文件中；恢复后安居将关闭，请重新启动后继续工作。</translation>
    </message>
    <message>
        <source>The database was restored from the backup. The database as it was before is kept as %1.

Anju closes now; start it again.</source>
        <translation>数据库已从备份恢复。恢复前的数据库已另存为 %1。

安居现在关闭，请重新启动。</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>No problems found: the file is whole and the registry keeps its rules.</source>
        <translation>未发现问题：数据库文件完好，登记数据符合规则。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (anju-cli check lists them all).</source>
        <translation>
            <numerusform>……另有 %n 个问题（anju-cli check 可列出全部）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Backups of a server database (*.dump)</source>
        <translation>服务器数据库备份文件 (*.dump)</translation>
    </message>
    <message>
        <source>Replace everything in the database on the server by the backup %1, made %2?

The other desks must close Anju first. The database as it is now is kept on the server under another name, and Anju closes afterwards; start it again to go on.</source>
        <translation>用备份 %1（生成于 %2）替换服务器上数据库的全部内容吗？

其他工作站须先退出安居。现有数据库将以另一个名称保留在服务器上，恢复后安居将关闭，请重新启动后继续使用。</translation>
    </message>
    <message>
        <source>No problems found: the server reports the database whole and the registry keeps its rules.</source>
        <translation>未发现问题：服务器报告数据库完好，登记数据符合各项规则。</translation>
    </message>
    <message>
        <source>%1-backup-%2</source>
        <translation>%1-备份-%2</translation>
    </message>
</context>
<context>
    <name>anju::AssignmentDialog</name>
    <message>
        <source>the team&apos;s name, or the first secretary&apos;s name</source>
        <translation>工作队名称或第一书记姓名</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>安置点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称/姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Team &amp;leader:</source>
        <translation>队长(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Dispatching unit:</source>
        <translation>派出单位(&amp;D)：</translation>
    </message>
    <message>
        <source>Serves &amp;from:</source>
        <translation>驻村起始(&amp;F)：</translation>
    </message>
    <message>
        <source>Serves &amp;until:</source>
        <translation>驻村截止(&amp;U)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Send a work team or first secretary</source>
        <translation>选派驻村工作队或第一书记</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sent to the site&apos;s village or community: serves &amp;every site there</source>
        <translation>派驻安置点所在村（社区）：覆盖该村（社区）的所有安置点(&amp;E)</translation>
    </message>
    <message>
        <source>First secretaries are sent to villages and communities; a work team may cover the site&apos;s village. Every site of the same township naming the same village or community counts as served.</source>
        <translation>第一书记派驻到村（社区），工作队可覆盖安置点所在村；同一乡镇中填写同一村（社区）的安置点均视为已覆盖。</translation>
    </message>
</context>
<context>
    <name>anju::AttendanceEntryDialog</name>
    <message>
        <source>Enrol people on %1</source>
        <translation>录入参训人员：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 to %4</source>
        <translation>%1 · %2 · %3 至 %4</translation>
    </message>
    <message>
        <source>ID number, then Enter (a name: Enter to search, Enter again to add)</source>
        <translation>输入身份证号后按回车（输入姓名时：按回车查找，再按一次回车添加）</translation>
    </message>
    <message>
        <source>Delete takes the chosen person off the list</source>
        <translation>按 Delete 键把选中的人移出名单</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>从名单移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>参训人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Enrolled &amp;on:</source>
        <translation>报名日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Enrol everyone</source>
        <translation>全部报名(&amp;E)</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 已在名单上。</translation>
    </message>
    <message numerus="yes">
        <source>%n on the list (the course has %1 places)</source>
        <translation>
            <numerusform>名单上共 %n 人（本班名额 %1 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the list</source>
        <translation>
            <numerusform>名单上共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the ID number of everyone on the course, each followed by Enter.</source>
        <translation>请逐一输入本班每个人的身份证号，每输完一个按一次回车。</translation>
    </message>
</context>
<context>
    <name>anju::AuditCodes</name>
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Building leader</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>单元长</translation>
    </message>
    <message>
        <source>Party member household</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>安置点居民</translation>
    </message>
    <message>
        <source>Outside cadre</source>
        <translation>外来干部</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation>网格工作人员</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信或微信</translation>
    </message>
    <message>
        <source>Meeting in person</source>
        <translation>见面</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>孤寡老人</translation>
    </message>
    <message>
        <source>Lost self-care</source>
        <translation>失能</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>大病</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Difficult family</source>
        <translation>困难家庭</translation>
    </message>
    <message>
        <source>Dispute mediation</source>
        <translation>矛盾调处</translation>
    </message>
    <message>
        <source>Problem screening</source>
        <translation>问题排查</translation>
    </message>
    <message>
        <source>Public order and stability</source>
        <translation>综治维稳</translation>
    </message>
    <message>
        <source>Policy publicity</source>
        <translation>政策宣传</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务直通车</translation>
    </message>
    <message>
        <source>Public sentiment</source>
        <translation>民情气象站</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Taken up</source>
        <translation>已接手办理</translation>
    </message>
    <message>
        <source>Referral accepted</source>
        <translation>部门已接收</translation>
    </message>
    <message>
        <source>Referral returned</source>
        <translation>部门已退回</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Awaiting the department</source>
        <translation>待部门接收</translation>
    </message>
    <message>
        <source>Regular visit</source>
        <translation>四必访</translation>
    </message>
    <message>
        <source>Must attend</source>
        <translation>三必到</translation>
    </message>
    <message>
        <source>Pairing visit</source>
        <translation>结对走访</translation>
    </message>
    <message>
        <source>Case visit</source>
        <translation>事件走访</translation>
    </message>
    <message>
        <source>Routine visit</source>
        <translation>日常走访</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>突发事情</translation>
    </message>
    <message>
        <source>Discontent</source>
        <translation>不满情绪</translation>
    </message>
    <message>
        <source>Family dispute</source>
        <translation>家庭纠纷</translation>
    </message>
    <message>
        <source>Visit rule</source>
        <translation>走访规则</translation>
    </message>
    <message>
        <source>Must-attend event</source>
        <translation>三必到事由</translation>
    </message>
    <message>
        <source>Grid case</source>
        <translation>网格事件</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Unstable out of poverty</source>
        <translation>脱贫不稳定户</translation>
    </message>
    <message>
        <source>Marginal, at risk of poverty</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>Sudden severe hardship</source>
        <translation>突发严重困难户</translation>
    </message>
    <message>
        <source>Income check flag</source>
        <translation>收支核查标记</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation>本户申请</translation>
    </message>
    <message>
        <source>Department data</source>
        <translation>部门数据</translation>
    </message>
    <message>
        <source>Entry review</source>
        <translation>纳入审核中</translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation>未纳入</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>监测中</translation>
    </message>
    <message>
        <source>Elimination review</source>
        <translation>风险消除审核中</translation>
    </message>
    <message>
        <source>Risk eliminated</source>
        <translation>已消除风险</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>纳入监测</translation>
    </message>
    <message>
        <source>Risk elimination</source>
        <translation>风险消除</translation>
    </message>
    <message>
        <source>Home check</source>
        <translation>入户核实</translation>
    </message>
    <message>
        <source>Village review</source>
        <translation>村（社区）评议</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Township review</source>
        <translation>乡镇审核</translation>
    </message>
    <message>
        <source>County approval</source>
        <translation>县级审定</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>因病</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>因残</translation>
    </message>
    <message>
        <source>Schooling costs</source>
        <translation>因学</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>因灾</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>意外事故</translation>
    </message>
    <message>
        <source>Failed business</source>
        <translation>经营失败</translation>
    </message>
    <message>
        <source>Unstable work</source>
        <translation>务工不稳定</translation>
    </message>
    <message>
        <source>Other risk</source>
        <translation>其他风险</translation>
    </message>
    <message>
        <source>Industry support</source>
        <translation>产业帮扶</translation>
    </message>
    <message>
        <source>Employment support</source>
        <translation>就业帮扶</translation>
    </message>
    <message>
        <source>Health support</source>
        <translation>健康帮扶</translation>
    </message>
    <message>
        <source>Education support</source>
        <translation>教育帮扶</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>住房保障</translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation>兜底保障</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>其他措施</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Made-up workday</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>Typed on the entry grid</source>
        <translation>录入表录入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月发放</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性发放</translation>
    </message>
    <message>
        <source>Labour export</source>
        <translation>劳务输出</translation>
    </message>
    <message>
        <source>Assistance workshop</source>
        <translation>帮扶车间</translation>
    </message>
    <message>
        <source>Work-for-relief project</source>
        <translation>以工代赈</translation>
    </message>
    <message>
        <source>Industrial park or scenic area</source>
        <translation>园区/景区</translation>
    </message>
    <message>
        <source>Public-welfare post</source>
        <translation>公益岗位</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>自主创业</translation>
    </message>
    <message>
        <source>Flexible work</source>
        <translation>灵活就业</translation>
    </message>
    <message>
        <source>Cleaning and greening</source>
        <translation>保洁护绿</translation>
    </message>
    <message>
        <source>Security assistant</source>
        <translation>治安协管</translation>
    </message>
    <message>
        <source>Forest ranger</source>
        <translation>生态护林</translation>
    </message>
    <message>
        <source>Project maintenance</source>
        <translation>项目管护</translation>
    </message>
    <message>
        <source>Other post</source>
        <translation>其他岗位</translation>
    </message>
    <message>
        <source>Wish to work</source>
        <translation>就业意愿</translation>
    </message>
    <message>
        <source>Wish for training</source>
        <translation>培训意愿</translation>
    </message>
    <message>
        <source>Wish to start a business</source>
        <translation>创业意愿</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Caring for family</source>
        <translation>照料家人</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation>患病</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>中途退出</translation>
    </message>
    <message>
        <source>Employment award</source>
        <translation>就业奖补</translation>
    </message>
    <message>
        <source>Training subsidy</source>
        <translation>技能培训补贴</translation>
    </message>
    <message>
        <source>Living allowance during training</source>
        <translation>培训期间生活费补贴</translation>
    </message>
    <message>
        <source>Social insurance subsidy</source>
        <translation>社保补贴</translation>
    </message>
    <message>
        <source>County industrial park</source>
        <translation>县级产业园区</translation>
    </message>
    <message>
        <source>Township base</source>
        <translation>乡镇产业基地</translation>
    </message>
    <message>
        <source>Village cooperative</source>
        <translation>村级合作社</translation>
    </message>
    <message>
        <source>Household project</source>
        <translation>户办项目</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Labour pay</source>
        <translation>务工带动</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>技能培训</translation>
    </message>
    <message>
        <source>Asset shares</source>
        <translation>资产折股量化</translation>
    </message>
</context>
<context>
    <name>anju::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All records and events</source>
        <translation>全部记录和事件</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation>已显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Show every changed field of the selected entry</source>
        <translation>显示所选记录的每一项变更</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Logins, exports and other events</source>
        <translation>登录、导出等事件</translation>
    </message>
</context>
<context>
    <name>anju::AuditFields</name>
    <message>
        <source>Across townships</source>
        <translation>跨乡镇安置</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Agreed amount</source>
        <translation>约定金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>起算月份</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>交纳类别</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>支部委员</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>County</source>
        <translation>所在县（市、区）</translation>
    </message>
    <message>
        <source>Covers site</source>
        <translation>覆盖安置点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>转接方向</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Dispatching unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Dues from</source>
        <translation>党费起算月份</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Extended by</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>Five connections, three improvements</source>
        <translation>五通三化</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>所在户</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>在校生</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Instructor&apos;s unit</source>
        <translation>指导员单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation>介绍信日期</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>党员来源</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Origin county</source>
        <translation>迁出县</translation>
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
        <source>Other unit</source>
        <translation>对方党组织</translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation>本方党组织</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>交纳日期</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Party-building instructor</source>
        <translation>党建指导员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Political review on</source>
        <translation>政治审查日期</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>缺席原因</translation>
    </message>
    <message>
        <source>Registration moved here</source>
        <translation>户籍已迁入</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Relocation date</source>
        <translation>搬迁入住日期</translation>
    </message>
    <message>
        <source>Residence permit issued</source>
        <translation>已办居住证</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>搬迁群众</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Rules set aside</source>
        <translation>未满足的规定</translation>
    </message>
    <message>
        <source>Second mentor</source>
        <translation>第二培养联系人</translation>
    </message>
    <message>
        <source>Second sponsor</source>
        <translation>第二入党介绍人</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Serves from</source>
        <translation>驻村起始</translation>
    </message>
    <message>
        <source>Serves until</source>
        <translation>驻村截止</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
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
        <source>Sponsor</source>
        <translation>入党介绍人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>发展阶段</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>阶段起始日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State since</source>
        <translation>状态变更日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>所在乡镇</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <source>Training days</source>
        <translation>集中培训天数</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城镇安置</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>branch committee seat</source>
        <translation>支部委员</translation>
    </message>
    <message>
        <source>branch membership</source>
        <translation>支部关系</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>development step</source>
        <translation>发展步骤</translation>
    </message>
    <message>
        <source>dues basis</source>
        <translation>党费基数</translation>
    </message>
    <message>
        <source>dues payment</source>
        <translation>党费</translation>
    </message>
    <message>
        <source>household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>member state</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>site covered by an organisation</source>
        <translation>党组织覆盖的安置点</translation>
    </message>
    <message>
        <source>transfer of relations</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>user&apos;s site</source>
        <translation>用户负责的安置点</translation>
    </message>
    <message>
        <source>work team or first secretary</source>
        <translation>驻村工作队或第一书记</translation>
    </message>
    <message>
        <source>Why the secretary has under a year&apos;s standing</source>
        <translation>书记党龄不足一年的原因</translation>
    </message>
    <message>
        <source>Way of leaving</source>
        <translation>出党方式</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>出党日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decided by the meeting</source>
        <translation>作出决定的会议</translation>
    </message>
    <message>
        <source>leaving of the party</source>
        <translation>出党记录</translation>
    </message>
    <message>
        <source>Entered from records</source>
        <translation>据档案补录</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>所在村（社区）</translation>
    </message>
    <message>
        <source>Covers the village or community</source>
        <translation>覆盖所在村（社区）</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>党小组名称</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>party group membership</source>
        <translation>党小组成员关系</translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>设立日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
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
        <source>Relocated household</source>
        <translation>搬迁户</translation>
    </message>
    <message>
        <source>Placed in grid</source>
        <translation>划入网格</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Staff from</source>
        <translation>人员来源</translation>
    </message>
    <message>
        <source>In post from</source>
        <translation>任职起始日期</translation>
    </message>
    <message>
        <source>In post until</source>
        <translation>任职截止日期</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>离任原因</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>结对对象</translation>
    </message>
    <message>
        <source>Grid staff member</source>
        <translation>网格工作人员</translation>
    </message>
    <message>
        <source>Paired from</source>
        <translation>结对起始日期</translation>
    </message>
    <message>
        <source>Paired until</source>
        <translation>结对截止日期</translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>联系日期</translation>
    </message>
    <message>
        <source>Way of contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Person cared for</source>
        <translation>关爱对象</translation>
    </message>
    <message>
        <source>Care category</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <source>Marked as</source>
        <translation>标记为</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>事件标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>反映人姓名</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>反映人电话</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Handled at</source>
        <translation>办理层级</translation>
    </message>
    <message>
        <source>Case state</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转办部门</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转办状态</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>群众满意度</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>网格事件</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Person to visit</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>走访类别</translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation>走访事由</translation>
    </message>
    <message>
        <source>Task from</source>
        <translation>任务来源</translation>
    </message>
    <message>
        <source>Cared for as</source>
        <translation>关爱对象</translation>
    </message>
    <message>
        <source>Household marked as</source>
        <translation>住户标记</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Assigned to party member</source>
        <translation>责任党员</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>应访起始日期</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>最迟走访日期</translation>
    </message>
    <message>
        <source>Done by the visit</source>
        <translation>完成任务的走访</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>取消日期</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Person visited</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人类别</translation>
    </message>
    <message>
        <source>Visiting staff member</source>
        <translation>走访网格工作人员</translation>
    </message>
    <message>
        <source>Visiting party member</source>
        <translation>走访党员</translation>
    </message>
    <message>
        <source>Visiting cadre</source>
        <translation>走访干部</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Visit task</source>
        <translation>走访任务</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>grid coverage</source>
        <translation>网格覆盖范围</translation>
    </message>
    <message>
        <source>household placed in another grid</source>
        <translation>网格例外划分</translation>
    </message>
    <message>
        <source>grid staff member</source>
        <translation>网格工作人员</translation>
    </message>
    <message>
        <source>pairing</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>pairing contact</source>
        <translation>结对联系记录</translation>
    </message>
    <message>
        <source>person in care</source>
        <translation>关爱对象</translation>
    </message>
    <message>
        <source>household mark</source>
        <translation>住户标记</translation>
    </message>
    <message>
        <source>grid case</source>
        <translation>网格事件</translation>
    </message>
    <message>
        <source>case step</source>
        <translation>事件办理记录</translation>
    </message>
    <message>
        <source>household of a case</source>
        <translation>事件涉及的住户</translation>
    </message>
    <message>
        <source>person of a case</source>
        <translation>事件涉及的人员</translation>
    </message>
    <message>
        <source>visit task</source>
        <translation>走访任务</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Month checked</source>
        <translation>核查月份</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>People counted</source>
        <translation>计算人口</translation>
    </message>
    <message>
        <source>Wage income</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>经营性收入</translation>
    </message>
    <message>
        <source>Property income</source>
        <translation>财产性收入</translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation>转移性收入</translation>
    </message>
    <message>
        <source>Costs of earning</source>
        <translation>生产经营费用</translation>
    </message>
    <message>
        <source>Medical expenses</source>
        <translation>医疗支出</translation>
    </message>
    <message>
        <source>Education expenses</source>
        <translation>教育支出</translation>
    </message>
    <message>
        <source>Disaster losses</source>
        <translation>灾害损失支出</translation>
    </message>
    <message>
        <source>Other large expenses</source>
        <translation>其他大额支出</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入方式</translation>
    </message>
    <message>
        <source>Monitoring category</source>
        <translation>监测类别</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Found through</source>
        <translation>发现途径</translation>
    </message>
    <message>
        <source>From the income check</source>
        <translation>来自收支核查</translation>
    </message>
    <message>
        <source>From the visit</source>
        <translation>来自走访</translation>
    </message>
    <message>
        <source>From the case</source>
        <translation>来自事件</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Monitoring state</source>
        <translation>监测状态</translation>
    </message>
    <message>
        <source>Monitored from</source>
        <translation>纳入监测日期</translation>
    </message>
    <message>
        <source>Not taken in on</source>
        <translation>不予纳入日期</translation>
    </message>
    <message>
        <source>Reason not taken in</source>
        <translation>不予纳入原因</translation>
    </message>
    <message>
        <source>Risk eliminated on</source>
        <translation>风险消除日期</translation>
    </message>
    <message>
        <source>Monitoring case</source>
        <translation>监测对象</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Notice from</source>
        <translation>公示开始</translation>
    </message>
    <message>
        <source>Notice until</source>
        <translation>公示结束</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Notice step</source>
        <translation>公示环节</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Assistance measure</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <source>Person enrolled</source>
        <translation>保障对象</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>保障项目</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reason not enrolled</source>
        <translation>未纳入原因</translation>
    </message>
    <message>
        <source>income check</source>
        <translation>收支核查</translation>
    </message>
    <message>
        <source>monitoring case</source>
        <translation>监测对象</translation>
    </message>
    <message>
        <source>monitoring risk</source>
        <translation>监测风险</translation>
    </message>
    <message>
        <source>monitoring step</source>
        <translation>监测程序环节</translation>
    </message>
    <message>
        <source>notice objection</source>
        <translation>公示异议</translation>
    </message>
    <message>
        <source>assistance measure</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>office calendar day</source>
        <translation>办公日历</translation>
    </message>
    <message>
        <source>safety-net enrolment</source>
        <translation>兜底保障</translation>
    </message>
    <message>
        <source>safety-net exemption</source>
        <translation>兜底保障未纳入原因</translation>
    </message>
    <message>
        <source>Objection received on</source>
        <translation>异议受理日期</translation>
    </message>
    <message>
        <source>What the measure is</source>
        <translation>措施内容</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>办理次数</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>帮扶车间</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>经营主体</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>行业/工种</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>开设日期</translation>
    </message>
    <message>
        <source>Kind of post</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <source>Monthly pay</source>
        <translation>月工资</translation>
    </message>
    <message>
        <source>Labour broker</source>
        <translation>劳务经纪人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>Departed on</source>
        <translation>发车日期</translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation>输出省份</translation>
    </message>
    <message>
        <source>Destination city</source>
        <translation>输出城市</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>People carried</source>
        <translation>输送人数</translation>
    </message>
    <message>
        <source>Person employed</source>
        <translation>就业人员</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>就业渠道</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <source>Place or project</source>
        <translation>地点或项目</translation>
    </message>
    <message>
        <source>Transport batch</source>
        <translation>点对点输送批次</translation>
    </message>
    <message>
        <source>Assistance workshop</source>
        <translation>帮扶车间</translation>
    </message>
    <message>
        <source>Public-welfare post</source>
        <translation>公益岗位</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>意向地点</translation>
    </message>
    <message>
        <source>What</source>
        <translation>意向内容</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>收集人</translation>
    </message>
    <message>
        <source>Reason it closed</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <source>Reason not working</source>
        <translation>未就业原因</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结业日期</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Market demand</source>
        <translation>对接的市场需求</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>培训结果</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>出勤课时</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Person paid</source>
        <translation>补贴对象</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>补贴项目</translation>
    </message>
    <message>
        <source>For the month</source>
        <translation>所属月份</translation>
    </message>
    <message>
        <source>For the job</source>
        <translation>对应就业</translation>
    </message>
    <message>
        <source>For the course attendance</source>
        <translation>对应参训记录</translation>
    </message>
    <message>
        <source>Industry project</source>
        <translation>产业项目</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>带动模式</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Shares issued</source>
        <translation>折股总数</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>People benefiting</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Shares held</source>
        <translation>持有股数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受益金额</translation>
    </message>
    <message>
        <source>What it received</source>
        <translation>受益内容</translation>
    </message>
    <message>
        <source>assistance workshop</source>
        <translation>帮扶车间</translation>
    </message>
    <message>
        <source>public-welfare post</source>
        <translation>公益岗位</translation>
    </message>
    <message>
        <source>labour broker</source>
        <translation>劳务经纪人</translation>
    </message>
    <message>
        <source>transport batch</source>
        <translation>点对点输送批次</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>就业记录</translation>
    </message>
    <message>
        <source>wish</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>reason not working</source>
        <translation>未就业原因</translation>
    </message>
    <message>
        <source>training course</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>course attendance</source>
        <translation>参训记录</translation>
    </message>
    <message>
        <source>support payment</source>
        <translation>就业补贴发放</translation>
    </message>
    <message>
        <source>industry project</source>
        <translation>产业项目</translation>
    </message>
    <message>
        <source>industry beneficiary</source>
        <translation>产业受益户</translation>
    </message>
</context>
<context>
    <name>anju::AuditLog</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>账号解锁</translation>
    </message>
    <message>
        <source>Demo data made</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>County</source>
        <translation>所在县（市、区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>所在乡镇</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城镇安置</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Across townships</source>
        <translation>跨乡镇安置</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
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
        <source>Relationship</source>
        <translation>与户主关系</translation>
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
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>在校生</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
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
        <source>State since</source>
        <translation>状态变更日期</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Origin county</source>
        <translation>迁出县</translation>
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
        <source>Registration moved</source>
        <translation>户籍已迁入</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>已办居住证</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Bulk load</source>
        <translation>批量载入</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Kept aside as</source>
        <translation>原数据库另存为</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>无此用户</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账号已锁定</translation>
    </message>
    <message>
        <source>account switched off</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Moved onto the server</source>
        <translation>迁移至服务器</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>无法读取操作日志：%1</translation>
    </message>
    <message>
        <source>Searched by ID or phone digits</source>
        <translation>按身份证号或电话号码查询</translation>
    </message>
    <message>
        <source>Searched for</source>
        <translation>查询内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>查询位置</translation>
    </message>
    <message>
        <source>person search</source>
        <translation>人员查询</translation>
    </message>
    <message>
        <source>household list</source>
        <translation>住户列表</translation>
    </message>
    <message>
        <source>party member list</source>
        <translation>党员列表</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>From schema</source>
        <translation>原结构版本</translation>
    </message>
    <message>
        <source>To schema</source>
        <translation>新结构版本</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Income checks added</source>
        <translation>新增收支核查</translation>
    </message>
    <message>
        <source>Income checks replaced</source>
        <translation>替换收支核查</translation>
    </message>
</context>
<context>
    <name>anju::AuditNames</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 unit %2 room %3</source>
        <translation>%1%2单元%3</translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation>%1（%2，%3 起）</translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation>%1%2单元</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>anju::AuditNarrator</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1（%2 → %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（%2 起）</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <translation>%1 缺席</translation>
    </message>
    <message>
        <source>%1 absent (%2)</source>
        <translation>%1 缺席（%2）</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 新增%2</translation>
    </message>
    <message>
        <source>%1 added member %2 to %3</source>
        <translation>%1 为%3新增成员 %2</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 修改%2</translation>
    </message>
    <message>
        <source>%1 changed attendance at %2: %3</source>
        <translation>%1 修改出席情况 %2：%3</translation>
    </message>
    <message>
        <source>%1 changed member %2 of %3</source>
        <translation>%1 修改%3的成员 %2</translation>
    </message>
    <message>
        <source>%1 class hours</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 删除%2</translation>
    </message>
    <message>
        <source>%1 deleted attendance at %2: %3</source>
        <translation>%1 删除出席记录 %2：%3</translation>
    </message>
    <message>
        <source>%1 deleted member %2 of %3</source>
        <translation>%1 删除%3的成员 %2</translation>
    </message>
    <message>
        <source>%1 gave user %2 the site %3</source>
        <translation>%1 让用户 %2 负责安置点 %3</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 出席</translation>
    </message>
    <message>
        <source>%1 recorded %2 as %3</source>
        <translation>%1 将 %2 登记为%3</translation>
    </message>
    <message>
        <source>%1 recorded dues of %2: %3 (paid on %4)</source>
        <translation>%1 登记 %2 的党费：%3（交纳日期 %4）</translation>
    </message>
    <message>
        <source>%1 recorded for %2: %3 (%4)</source>
        <translation>%1 为 %2 登记：%3（%4）</translation>
    </message>
    <message>
        <source>%1 recorded the state of %2: %3 (from %4)</source>
        <translation>%1 登记 %2 的党员状态：%3（%4 起）</translation>
    </message>
    <message>
        <source>%1 set the state of %2 to %3</source>
        <translation>%1 将 %2 的党员状态改为%3</translation>
    </message>
    <message>
        <source>%1 took site %3 from user %2</source>
        <translation>%1 取消用户 %2 负责的安置点 %3</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(the program)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>deleted %1 %2</source>
        <translation>已删除的%1 %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 recorded attendance at %2 (%3 present, %4 absent): %5</source>
        <translation>%1 登记出席情况 %2（出席 %3 人，缺席 %4 人）：%5</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 (paid on %2)</source>
        <translation>%1（交纳日期 %2）</translation>
    </message>
</context>
<context>
    <name>anju::BeneficiaryChangeDialog</name>
    <message>
        <source>Change the benefit</source>
        <translation>修改受益</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1，%2（%3 年）</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>S&amp;hares:</source>
        <translation>股数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;What it received:</source>
        <translation>收益内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>anju::BeneficiaryDialog</name>
    <message>
        <source>Beneficiary households of %1</source>
        <translation>%1 的受益户</translation>
    </message>
    <message>
        <source>Name, ID number or household number: Enter to search, Enter again to add</source>
        <translation>姓名、身份证号或户编号：按回车查找，再按一次回车添加</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>股数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>What it received</source>
        <translation>收益内容</translation>
    </message>
    <message>
        <source>Delete takes the chosen household off the list</source>
        <translation>按 Delete 键把选中的户移出名单</translation>
    </message>
    <message>
        <source>&amp;Add household</source>
        <translation>添加这一户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>从名单移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>全部保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1: %2 shares in all</source>
        <translation>%1：共 %2 股</translation>
    </message>
    <message>
        <source>Household %1 is on the list already.</source>
        <translation>户 %1 已在名单上。</translation>
    </message>
    <message>
        <source>e.g. dividend, wages, seedlings</source>
        <translation>例如：分红、务工工资、种苗</translation>
    </message>
    <message>
        <source>Find a household and press Enter twice to put it on the list.</source>
        <translation>请先查找一户，按两次回车把它加到名单上。</translation>
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
    <name>anju::CaseActionDialog</name>
    <message>
        <source>Case: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1至%2（%3）</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>not yet accepted</source>
        <translation>尚未接收</translation>
    </message>
    <message>
        <source>Now: %1 · held by: %2 · deadline %3</source>
        <translation>当前：%1 · 承办：%2 · 办结期限 %3</translation>
    </message>
    <message>
        <source>e.g. 县人社局, 街道司法所</source>
        <translation>如：县人社局、街道司法所</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>（未征询）</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>办理事项(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Ha&amp;ndler:</source>
        <translation>经办人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>转办部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>办理结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>群众满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>anju::CaseBoardPanel</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Receive case…</source>
        <translation>受理事件(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Take a step…</source>
        <translation>办理(&amp;T)…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>承办层级</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler / department</source>
        <translation>经办人 / 部门</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1（已接收）</translation>
    </message>
    <message>
        <source>%1 (not yet accepted)</source>
        <translation>%1（尚未接收）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its deadline and not resolved.</source>
        <translation>已过办结期限，尚未办结。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), %1 overdue</source>
        <translation>
            <numerusform>共 %n 件事件，逾期 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>请先在列表中选择一件事件。</translation>
    </message>
    <message>
        <source>The case is resolved: no step is left.</source>
        <translation>该事件已办结，无需再办理。</translation>
    </message>
    <message>
        <source>Choose a case to see its households and history.</source>
        <translation>选择一件事件，查看涉及住户和办理经过。</translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation>涉及住户：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>涉及人员：%1</translation>
    </message>
    <message>
        <source>Reported by: %1 %2</source>
        <translation>反映人：%1 %2</translation>
    </message>
    <message>
        <source>Resolved on %1: %2</source>
        <translation>%1 办结：%2</translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation>群众满意度：%1</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未征询</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1，上报至%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %n month(s) (%2)</source>
        <translation>
            <numerusform>近 %n 个月%1（%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n case(s) by deadline, %1 overdue: choose a grid to see all of its.</source>
        <translation>
            <numerusform>按办结期限列出前 %n 件事件，逾期 %1 件；选择一个网格可查看其全部事件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::CaseDialog</name>
    <message>
        <source>Receive a case</source>
        <translation>受理事件</translation>
    </message>
    <message>
        <source>e.g. water leaking into the stairwell of building 3</source>
        <translation>如：3栋楼道漏水</translation>
    </message>
    <message>
        <source>household numbers, separated by spaces or commas</source>
        <translation>户编号，多个用空格或逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>事由(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>涉及住户(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation>涉及人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation>反映人(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>受理日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办结期限：</translation>
    </message>
    <message>
        <source>Ha&amp;ndler:</source>
        <translation>经办人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>情况描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>受理(&amp;R)</translation>
    </message>
    <message>
        <source>(not yet named)</source>
        <translation>（暂不指定）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) for this kind)</source>
        <translation>
            <numerusform>%1（此类事件 %n 天内办结）</numerusform>
        </translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation>没有户编号为 %1 的住户。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>anju::ChartView</name>
    <message>
        <source>%1%</source>
        <comment>share of a pie slice</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <comment>pie legend: category, value, percent</comment>
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
    <message>
        <source>%1: %2 (%3 from %4)</source>
        <comment>line point: name: value (change from the previous category)</comment>
        <translation>%1：%2（较%4 %3）</translation>
    </message>
</context>
<context>
    <name>anju::ChartsPanel</name>
    <message>
        <source>On the roll today (normal and mobile). By stage counts everyone from applicants on; by age and by sex count party members (probationary and full). Hover over a bar for its number; right-click a chart to save it as a picture.</source>
        <translation>按今日在册人员统计（正常、流动）。“发展阶段”含入党申请人起的全部人员；“年龄”“性别”只统计党员（预备党员和正式党员）。鼠标停在柱上可看人数，右键单击图表可保存为图片。</translation>
    </message>
    <message>
        <source>%1 people</source>
        <comment>a count of people on a chart</comment>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>%1 — members by development stage</source>
        <translation>%1 — 按发展阶段</translation>
    </message>
    <message>
        <source>Party members by age</source>
        <translation>党员年龄结构</translation>
    </message>
    <message>
        <source>Party members by sex</source>
        <translation>党员性别结构</translation>
    </message>
</context>
<context>
    <name>anju::ConnectionProbe</name>
    <message>
        <source>Only a server location can be tested.</source>
        <translation>只能测试服务器上的数据库。</translation>
    </message>
    <message>
        <source>The server wants a password: type it and test again.</source>
        <translation>服务器要求输入密码：请填写密码后再测试。</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). The database is empty; Anju sets it up when it opens it.</source>
        <translation>连接成功（PostgreSQL %1）。该数据库是空的，安居打开时会自动建立所需的表。</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1), but the database was written by a newer Anju (schema %2); install the newer version first.</source>
        <translation>连接成功（PostgreSQL %1），但该数据库由更新版本的安居写入（结构版本 %2），请先安装新版本。</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). An Anju database of schema %2 is there.</source>
        <translation>连接成功（PostgreSQL %1）。服务器上已有安居数据库（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1), but the database holds tables of another program; give Anju a database of its own.</source>
        <translation>连接成功（PostgreSQL %1），但该数据库中有其他程序的表，请为安居单独建立一个数据库。</translation>
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
    <name>anju::CourseDialog</name>
    <message>
        <source>Change the course</source>
        <translation>修改培训班</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建培训班</translation>
    </message>
    <message>
        <source>e.g. 家政服务 class of March</source>
        <translation>例如：3月家政服务班</translation>
    </message>
    <message>
        <source>e.g. 县人社局, a training school</source>
        <translation>例如：县人社局、某职业培训学校</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>全单位</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 课时</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>the market demand it answers, e.g. 园区电子厂招工</source>
        <translation>对接的市场需求，例如：园区电子厂招工</translation>
    </message>
    <message>
        <source>the certificate it gives, e.g. 初级工</source>
        <translation>结业颁发的证书，例如：初级工</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>班名(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;rade:</source>
        <translation>工种(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>举办单位(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>安置点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开班日期(&amp;F)：</translation>
    </message>
    <message>
        <source>To (last &amp;day):</source>
        <translation>结业日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Class &amp;hours:</source>
        <translation>课时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>名额(&amp;P)：</translation>
    </message>
    <message>
        <source>De&amp;mand it answers:</source>
        <translation>对接需求(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>anju::CourseModel</name>
    <message>
        <source>Whole office</source>
        <translation>全单位</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1 — answers: %2</source>
        <translation>%1 — 对接需求：%2</translation>
    </message>
    <message>
        <source>Everyone enrolled, the dropped included; 人次 leave the dropped out</source>
        <translation>全部报名人员，含中途退出的；人次不含中途退出的</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>举办单位</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结业日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>报名人数</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>结业人数</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书数</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>中途退出人数</translation>
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
        <source>Party members by stage: the %1 largest of %L2 branches</source>
        <translation>各党支部党员和入党申请人等（按发展阶段）：人数最多的 %1 个，共 %L2 个党支部</translation>
    </message>
    <message>
        <source>Party members by stage per branch</source>
        <translation>各党支部党员和入党申请人等（按发展阶段）</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <comment>branch name (everyone counted)</comment>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <source>Flagged and monitored households, %1</source>
        <translation>预警户与监测户，%1</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <source>Flagged in the month</source>
        <translation>当月预警户</translation>
    </message>
    <message>
        <source>Monitored at the month&apos;s end</source>
        <translation>月末监测户</translation>
    </message>
    <message>
        <source>Checked households by per-capita net income against the monitoring line</source>
        <translation>已核查户人均纯收入分布（对照监测标准）</translation>
    </message>
    <message>
        <source>Below the line</source>
        <translation>低于标准</translation>
    </message>
    <message>
        <source>Line to 1.5×</source>
        <translation>1至1.5倍</translation>
    </message>
    <message>
        <source>1.5× to 2×</source>
        <translation>1.5至2倍</translation>
    </message>
    <message>
        <source>2× and more</source>
        <translation>2倍及以上</translation>
    </message>
</context>
<context>
    <name>anju::Database</name>
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
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>无法使用数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; give Anju a database of its own.</source>
        <translation>数据库 %1 中有其他程序的表，请为安居单独建立一个数据库。</translation>
    </message>
    <message>
        <source>Cannot prepare the audit trail on %1.</source>
        <translation>无法在 %1 上启用操作日志。</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so the database cannot be opened (SQLite needs room beside it for its -wal and -shm files). Free some space on that disk, or copy the database to a disk with room, and open it again.</source>
        <translation>磁盘已满：%1 所在的磁盘没有剩余空间，无法打开数据库（SQLite 需要在它旁边建立 -wal 和 -shm 文件）。请清理该磁盘腾出空间，或把数据库复制到有空间的磁盘上，然后重新打开。</translation>
    </message>
</context>
<context>
    <name>anju::DuesPanel</name>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>交纳类别</translation>
    </message>
    <message>
        <source>Per month (yuan)</source>
        <translation>每月应交（元）</translation>
    </message>
    <message>
        <source>Months paid this year</source>
        <translation>本年已交月数</translation>
    </message>
    <message>
        <source>Months owed</source>
        <translation>欠交月数</translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation>欠交金额（元）</translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation>登记交纳(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the selected member&apos;s dues to record the months paid (Enter)</source>
        <translation>打开所选党员的党费记录，登记已交月份（Enter）</translation>
    </message>
    <message>
        <source>Owed since %1</source>
        <translation>自 %1 起欠交</translation>
    </message>
    <message>
        <source>%1 party members; %2 owe dues, %3 yuan in all (through %4).</source>
        <translation>党员 %1 名；欠交党费 %2 名，共 %3 元（截至 %4）。</translation>
    </message>
</context>
<context>
    <name>anju::EmploymentChartsPanel</name>
    <message>
        <source>Counting the figures of %1…</source>
        <translation>正在统计 %1 的数据…</translation>
    </message>
    <message>
        <source>At the end of %1: labour force %L2, employed %L3, employment rate %4%; %L5 people employed in all (any age).</source>
        <translation>%1 月底：劳动力 %L2 人，其中就业 %L3 人，就业率 %4%；就业人数合计 %L5 人（不限年龄）。</translation>
    </message>
    <message>
        <source>Employed by channel, end of %1</source>
        <translation>%1 月底各渠道就业人数</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>Employed and employment rate, %1 to %2</source>
        <translation>%1 至 %2 就业人数和就业率</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>就业人数</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>就业率（%）</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>chart axis: month, e.g. 10月</comment>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>anju::EmploymentModel</name>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>The first day no longer employed. Reason: %1</source>
        <translation>从这天起不再就业。原因：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Employer / place</source>
        <translation>单位/地点</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>月收入（元）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>anju::EmploymentTab</name>
    <message>
        <source>Employment</source>
        <translation>就业</translation>
    </message>
    <message>
        <source>Holding &amp;on:</source>
        <translation>在岗日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Only jobs held on the day; clear it to list jobs of any time</source>
        <translation>只列出这一天在岗的就业；去掉勾选则列出所有时间的就业记录</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>安置点(&amp;T)：</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Name, ID number or household number</source>
        <translation>姓名、身份证号或户编号</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Record job…</source>
        <translation>登记就业(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;End job…</source>
        <translation>结束就业(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Transport batch…</source>
        <translation>点对点输送(&amp;T)…</translation>
    </message>
    <message>
        <source>点对点输送: a batch and the site&apos;s people on it, typed one after another</source>
        <translation>点对点输送：录入一个输送批次，并逐个输入其中本安置点的人员</translation>
    </message>
    <message>
        <source>&amp;Wish…</source>
        <translation>意愿(&amp;W)…</translation>
    </message>
    <message>
        <source>Record a person&apos;s wish to work, train or start a business</source>
        <translation>登记个人的就业、培训或创业意愿</translation>
    </message>
    <message>
        <source>&amp;Not working…</source>
        <translation>未就业原因(&amp;N)…</translation>
    </message>
    <message>
        <source>Record why a person of working age has no job (studying, caring, ill)</source>
        <translation>登记劳动年龄人员未就业的原因（在读、照顾家人、生病等）</translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation>按回车或双击打开这一户的档案。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) holding on %1</source>
        <translation>
            <numerusform>%1 在岗的工作共 %Ln 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) of any time</source>
        <translation>
            <numerusform>所有时间的工作共 %Ln 份</numerusform>
        </translation>
    </message>
    <message>
        <source>End a job</source>
        <translation>结束就业</translation>
    </message>
    <message>
        <source>Choose a job in the list first.</source>
        <translation>请先在名单中选中一份工作。</translation>
    </message>
</context>
<context>
    <name>anju::EndStaffDialog</name>
    <message>
        <source>End service</source>
        <translation>结束任职</translation>
    </message>
    <message>
        <source>%1, %2 since %3</source>
        <translation>%1，%2，自 %3 起任职</translation>
    </message>
    <message>
        <source>The first day they no longer serve</source>
        <translation>不再任职的第一天</translation>
    </message>
    <message>
        <source>e.g. moved away, term ended</source>
        <translation>例如：搬离、任期届满</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;End service</source>
        <translation>结束任职(&amp;E)</translation>
    </message>
    <message>
        <source>End %1&apos;s service as %2 on %3?</source>
        <translation>于 %3 结束 %1 的%2任职？</translation>
    </message>
</context>
<context>
    <name>anju::ExportedFileBar</name>
    <message>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>隐藏此行</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>这台电脑上没有能打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>anju::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>anju::FindingsPanel</name>
    <message>
        <source>All findings</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export .xlsx…</source>
        <translation>导出 .xlsx(&amp;E)…</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation>按回车键或双击打开该户档案。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>导出问题清单</translation>
    </message>
    <message>
        <source>findings-%1.xlsx</source>
        <translation>问题清单-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Grid findings on %1</source>
        <translation>网格问题清单（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 条问题写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::FirstAdminDialog</name>
    <message>
        <source>Anju — the administrator</source>
        <translation>安居 — 设置管理员</translation>
    </message>
    <message>
        <source>This database has no users yet</source>
        <translation>本数据库还没有用户</translation>
    </message>
    <message>
        <source>Create the administrator&apos;s account. The administrator then adds the clerks, the party secretary and the manager, each with their own password.
Database: %1</source>
        <translation>请创建管理员账号。之后由管理员添加录入员、党务和负责人，每人使用自己的密码。
数据库：%1</translation>
    </message>
    <message>
        <source>At least %1 characters, of two kinds (letters, digits, signs), without the user name.</source>
        <translation>至少 %1 个字符，包含字母、数字、符号中的两类，且不含用户名。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>anju::FollowUpFindingsTab</name>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation>按回车或双击打开这一户的档案。</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>安置点(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Household</source>
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
        <source>Flags</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Per capita (yuan/year)</source>
        <translation>人均纯收入（元/年）</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>该做什么</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Why at risk</source>
        <translation>风险原因</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>登记(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;reason…</source>
        <translation>记录原因(&amp;R)…</translation>
    </message>
    <message>
        <source>应纳尽纳: households flagged by their check that have not entered the monitoring procedure</source>
        <translation>应纳尽纳：收支核查有预警、尚未纳入监测程序的户</translation>
    </message>
    <message>
        <source>应兜尽兜: people with no or weak labour in a household at risk, in neither 低保 nor 特困 and with no recorded reason</source>
        <translation>应兜尽兜：有风险户中无劳动能力或弱劳动力、未纳入低保或特困、也没有记录原因的人</translation>
    </message>
    <message>
        <source>%1 household(s) to take into monitoring, %2 person(s) to cover; monitoring judged on %3.</source>
        <translation>应纳入监测 %1 户，应纳入兜底 %2 人；监测状态按 %3 判断。</translation>
    </message>
    <message>
        <source>%1 · household %2</source>
        <translation>%1 · 户 %2</translation>
    </message>
    <message>
        <source>Findings 应纳尽纳 · 应兜尽兜</source>
        <translation>应纳尽纳 · 应兜尽兜</translation>
    </message>
</context>
<context>
    <name>anju::GridPlanView</name>
    <message>
        <source>Choose a grid in the tree to see its buildings.</source>
        <translation>请在左侧树中选择网格，查看其楼栋图。</translation>
    </message>
    <message>
        <source>No active household is in this grid on %1.</source>
        <translation>%1 本网格没有在册住户。</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>Household %1, head %2, room %3 %4</source>
        <translation>住户 %1，户主 %2，房号 %3 %4</translation>
    </message>
    <message>
        <source>difficult family</source>
        <translation>困难家庭</translation>
    </message>
    <message>
        <source>No must-visit reason on this day.</source>
        <translation>当日无必访事由。</translation>
    </message>
    <message>
        <source>Must be visited: %1</source>
        <translation>必访：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Paired with a cadre or party member.</source>
        <translation>已与干部或党员结对。</translation>
    </message>
    <message>
        <source>Not paired.</source>
        <translation>未结对。</translation>
    </message>
    <message>
        <source>Visited this month (%1).</source>
        <translation>本月已走访（%1）。</translation>
    </message>
    <message>
        <source>Last visited %1, within %2 days.</source>
        <translation>最近走访 %1，在 %2 天内。</translation>
    </message>
    <message>
        <source>Last visited %1, more than %2 days ago.</source>
        <translation>最近走访 %1，已超过 %2 天。</translation>
    </message>
    <message>
        <source>Never visited.</source>
        <translation>从未走访。</translation>
    </message>
    <message>
        <source>In this grid by an exception, not by its dwelling.</source>
        <translation>按例外划入本网格，而非按住房所在。</translation>
    </message>
    <message>
        <source>Enter or double-click opens the household.</source>
        <translation>按回车或双击打开该户。</translation>
    </message>
    <message>
        <source>No dwelling on file</source>
        <translation>未登记住房</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <source>No floor</source>
        <translation>楼层不详</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 households&lt;/b&gt;: ★ %2 must be visited · ● %3 paired, ○ %4 not · last visit: %5 this month %6 · %7 within %8 days %9 · %10 longer ago or a visit missed %11 · %12 never %13</source>
        <translation>&lt;b&gt;共 %1 户&lt;/b&gt;：★ 必访 %2 户 · ● 已结对 %3 户，○ 未结对 %4 户 · 最近走访：本月 %5 户 %6 · %8 天内 %7 户 %9 · 超过期限或漏访 %10 户 %11 · 从未走访 %12 户 %13</translation>
    </message>
    <message>
        <source>A visit due by %1 was not made; last visited %2.</source>
        <translation>应在 %1 前完成的走访没有完成；最近一次走访是 %2。</translation>
    </message>
    <message>
        <source>A visit due by %1 was not made; never visited.</source>
        <translation>应在 %1 前完成的走访没有完成；从未走访。</translation>
    </message>
</context>
<context>
    <name>anju::GridTreeModel</name>
    <message>
        <source>Site / grid</source>
        <translation>安置点 / 网格</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>安置点 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>anju::GridWorkTabs</name>
    <message>
        <source>Visit plan</source>
        <translation>走访计划</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>The visit is recorded and its task closed.</source>
        <translation>走访已登记，对应任务已完成。</translation>
    </message>
    <message>
        <source>Visit &amp;sheet…</source>
        <translation>走访表(&amp;S)…</translation>
    </message>
    <message>
        <source>Print a worker&apos;s or a building&apos;s visit sheet for a month (A4 PDF)</source>
        <translation>打印某网格员或某楼栋一个月的走访表（A4 PDF）</translation>
    </message>
    <message>
        <source>&amp;Quick entry…</source>
        <translation>快速录入(&amp;Q)…</translation>
    </message>
    <message>
        <source>Record the visits of a returned sheet by its row codes, typed or scanned</source>
        <translation>按走访表上的行编码（手输或扫码）登记交回的走访记录</translation>
    </message>
    <message>
        <source>Recording visits is for the clerks, the manager and the administrator.</source>
        <translation>登记走访由办事员、负责人和管理员进行。</translation>
    </message>
</context>
<context>
    <name>anju::GridsPage</name>
    <message>
        <source>Site, grid name or code</source>
        <translation>安置点、网格名称或编码</translation>
    </message>
    <message>
        <source>&amp;Grids</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Building plan</source>
        <translation>楼栋图</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>You may read the grids; changing them is for the clerks, the manager and the administrator.</source>
        <translation>您可以查看网格；修改网格由办事员、负责人和管理员进行。</translation>
    </message>
    <message>
        <source>Choose a grid</source>
        <translation>请选择网格</translation>
    </message>
</context>
<context>
    <name>anju::GuiMain</name>
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
    <message>
        <source>The database: a file path (SQLite) or postgresql://USER@HOST:PORT/DATABASE for the office&apos;s shared server. Without it, the database chosen in the settings (the file in your data folder unless a server was chosen).</source>
        <translation>数据库：文件路径（SQLite），或单位共享服务器的 postgresql://用户@主机:端口/数据库。不指定时使用设置中选定的数据库（未选服务器时为数据文件夹中的文件）。</translation>
    </message>
    <message>
        <source>Password of the shared database %1:</source>
        <translation>共享数据库 %1 的密码：</translation>
    </message>
</context>
<context>
    <name>anju::HandoverDialog</name>
    <message>
        <source>Hand over %1&apos;s work</source>
        <translation>移交 %1 的工作</translation>
    </message>
    <message>
        <source>%1 (%2) hands over %3 to the successor; their service ends on the day.</source>
        <translation>%1（%2）将 %3移交给接替人，其任职于当日结束。</translation>
    </message>
    <message>
        <source>A &amp;colleague serving in the grid:</source>
        <translation>本网格在任同事(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A &amp;newcomer in the same role:</source>
        <translation>同岗位新任人员(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. transferred to another post</source>
        <translation>例如：调任其他岗位</translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation>移交日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <source>Their pairings and open visit tasks</source>
        <translation>其结对户和未完成的走访任务</translation>
    </message>
    <message>
        <source>Hand %1&apos;s work over to %2 on %3?

%4 go to %2, and %1&apos;s service ends that day.</source>
        <translation>将 %1 的工作于 %3 移交给 %2？

%4将交给 %2，%1 的任职于当天结束。</translation>
    </message>
    <message>
        <source>%1 pairings and %3 open visit tasks, of %2 households</source>
        <translation>%2 户的 %1 个结对和 %3 项未完成的走访任务</translation>
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
    <message>
        <source>Changed at another desk</source>
        <translation>已在其他电脑上修改</translation>
    </message>
    <message>
        <source>Reload the household now? The changes typed in this window are then discarded; choose No to copy them down first.</source>
        <translation>现在重新载入本户吗？本窗口中已填写的修改将被放弃；如需先抄下这些修改，请选“否”。</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>变更记录(&amp;Y)…</translation>
    </message>
    <message>
        <source>Every change of this household and its members: who, when, from what to what.</source>
        <translation>本户及其成员的每次变更：谁、何时、由什么改为什么。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Visits and cases</source>
        <translation>走访与事件</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdHistoryDialog</name>
    <message>
        <source>History of household %1</source>
        <translation>户 %1 的变更记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>No changes are on record for this household.</source>
        <translation>本户尚无变更记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first.</source>
        <translation>
            <numerusform>共 %n 次变更，按时间先后排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Show every changed field of the selected change</source>
        <translation>显示所选变更的每一项内容</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdMemberColumns</name>
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
    <name>anju::HouseholdMemberStateDialog</name>
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
        <source>%1 (%2)</source>
        <comment>member name (relationship)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded at once&lt;/b&gt; when you press %1, on its own: the household form&apos;s Save is not needed for it, and closing the form without saving does not undo it.</source>
        <translation>按“%1”后&lt;b&gt;立即记录&lt;/b&gt;，单独生效：不需要再点住户表单的“保存”，不保存就关闭表单也不会撤销它。</translation>
    </message>
    <message>
        <source>Move out now</source>
        <translation>立即迁出</translation>
    </message>
    <message>
        <source>Mark deceased now</source>
        <translation>立即登记死亡</translation>
    </message>
    <message>
        <source>&amp;Away from the office&apos;s sites (moved away)</source>
        <translation>迁出本办安置点(&amp;A)</translation>
    </message>
    <message>
        <source>Into a&amp;nother household at the office&apos;s sites</source>
        <translation>转入本办安置点的其他住户(&amp;N)</translation>
    </message>
    <message>
        <source>Recorded as a move between households, with the new relationship; the member stays a resident.</source>
        <translation>按住户之间的迁移登记，并填写新的与户主关系；该成员仍是本办居民。</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>去向：</translation>
    </message>
    <message>
        <source>&amp;Move out now</source>
        <translation>立即迁出(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mark deceased now</source>
        <translation>立即登记死亡(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Choose the household…</source>
        <translation>选择住户(&amp;C)…</translation>
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
    <name>anju::HouseholdMembersModel</name>
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
    <name>anju::HouseholdSearchBox</name>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation>姓名、身份证号或户编号，然后按回车</translation>
    </message>
    <message>
        <source>household %1 · %2 (%3) · %4</source>
        <translation>户编号 %1 · %2（%3）· %4</translation>
    </message>
    <message>
        <source>No household found.</source>
        <translation>未找到户。</translation>
    </message>
</context>
<context>
    <name>anju::HouseholdTimelineBox</name>
    <message>
        <source>All kinds</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>No visits, cases or contacts are on record.</source>
        <translation>暂无走访、事件或联系记录。</translation>
    </message>
    <message>
        <source>Lines shown: %1, newest first.</source>
        <translation>显示 %1 条，最新的在前。</translation>
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
    <message>
        <source>Saved household %1 (household number %2).</source>
        <translation>已保存住户 %1（户编号 %2）。</translation>
    </message>
    <message>
        <source>Saved household number %1.</source>
        <translation>已保存户编号为 %1 的住户。</translation>
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
    <name>anju::IdentityMask</name>
    <message>
        <source>ID numbers and phones are masked for you, so you cannot search by their digits (%1 or more digits typed). Search by name, or by household number with its hyphen (430524001-0001).</source>
        <translation>身份证号和电话对您是遮蔽显示的，不能按其中的数字查找（输入了 %1 位或更多数字）。请按姓名查找，或按带连字符的户编号查找（如 430524001-0001）。</translation>
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
        <source>Save error list</source>
        <translation>保存错误清单</translation>
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
    <message>
        <source>The date the households moved in, for every household whose rows give none; the site&apos;s move-in date when it has one</source>
        <translation>住户的搬迁入住日期，用于每个未填此日期的住户；安置点有入住日期时默认取它</translation>
    </message>
    <message>
        <source>&amp;Move-in date for households without one:</source>
        <translation>未填搬迁入住日期的住户采用(&amp;M)：</translation>
    </message>
    <message>
        <source>The file has no move-in date column: enter the date its households moved in.</source>
        <translation>文件没有搬迁入住日期列：请填写这些住户的搬迁入住日期。</translation>
    </message>
</context>
<context>
    <name>anju::IncomeCheckTab</name>
    <message>
        <source>Site or &amp;grid:</source>
        <translation>安置点或网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+Page Up)</source>
        <translation>上一个月（Ctrl+PageUp）</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next month (Ctrl+Page Down)</source>
        <translation>下一个月（Ctrl+PageDown）</translation>
    </message>
    <message>
        <source>Only m&amp;issing</source>
        <translation>只看未核查(&amp;I)</translation>
    </message>
    <message>
        <source>List only the households with no check of this month</source>
        <translation>只列出本月还没有核查记录的户</translation>
    </message>
    <message>
        <source>Import from a sheet…</source>
        <translation>从表格导入…</translation>
    </message>
    <message>
        <source>Income checks of the month</source>
        <translation>本月收支核查</translation>
    </message>
    <message>
        <source>Enter: next cell · Ctrl+D: copy last month · Ctrl+Z: undo · Ctrl+Shift+Z: redo · each row is saved when you leave it</source>
        <translation>回车：下一格 · Ctrl+D：复制上月 · Ctrl+Z：撤销 · Ctrl+Shift+Z：重做 · 离开一行即保存这一行</translation>
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
        <source>Copy last month</source>
        <translation>复制上月</translation>
    </message>
    <message>
        <source>Save row</source>
        <translation>保存本行</translation>
    </message>
    <message>
        <source>Income check</source>
        <translation>收支核查</translation>
    </message>
    <message>
        <source>%1 (whole site)</source>
        <translation>%1（全安置点）</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Rows not saved</source>
        <translation>有行未保存</translation>
    </message>
    <message>
        <source>Some rows could not be saved; the reasons are on the rows. Leave them unsaved and go on?</source>
        <translation>有的行没能保存，原因写在这些行上。不保存这些行，继续吗？</translation>
    </message>
    <message>
        <source>This household has no check of last month to copy.</source>
        <translation>这一户上月没有核查记录，无从复制。</translation>
    </message>
    <message>
        <source>No households</source>
        <translation>没有住户</translation>
    </message>
    <message numerus="yes">
        <source>All %n household(s) checked</source>
        <translation>
            <numerusform>%n 户全部已核查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing: %1 of %n household(s)</source>
        <translation>
            <numerusform>未核查 %1 户，共 %n 户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::IncomeImportDialog</name>
    <message>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Wage income</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>经营性收入</translation>
    </message>
    <message>
        <source>Property income</source>
        <translation>财产性收入</translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation>转移性收入</translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation>生产经营费用</translation>
    </message>
    <message>
        <source>Medical expenses</source>
        <translation>医疗支出</translation>
    </message>
    <message>
        <source>Education expenses</source>
        <translation>教育支出</translation>
    </message>
    <message>
        <source>Disaster expenses</source>
        <translation>灾害支出</translation>
    </message>
    <message>
        <source>Other large expenses</source>
        <translation>其他大额支出</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Import income checks</source>
        <translation>导入收支核查</translation>
    </message>
    <message>
        <source>Every row is for the &amp;month</source>
        <translation>所有行均为该月份(&amp;M)</translation>
    </message>
    <message>
        <source>For a sheet without a 月份 column; a row whose own month differs is rejected.</source>
        <translation>用于没有“月份”列的表；某行自身月份与此不同的将被拒绝。</translation>
    </message>
    <message>
        <source>Rejected rows (each is left out with its reasons; the other rows are imported):</source>
        <translation>被拒绝的行（各行连同原因不予导入；其余行照常导入）：</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation>导入：%1？</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) on file will be replaced by the sheet&apos;s.</source>
        <translation>
            <numerusform>已有的 %n 条核查将被表中数据替换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) are left out.</source>
        <translation>
            <numerusform>%n 行被拒绝，不予导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks go in together at the end; Cancel leaves the database as it was.</source>
        <translation>所有核查在最后一并写入；取消则数据库保持原样。</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation>新增 %1 条，变更 %2 条，未变 %3 条，拒绝 %4 行</translation>
    </message>
    <message numerus="yes">
        <source>Checked, %n row(s) read: </source>
        <translation>
            <numerusform>检查完毕，读取 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>. Nothing to import.</source>
        <translation>。没有可导入的内容。</translation>
    </message>
    <message>
        <source>Imported: </source>
        <translation>已导入：</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>The rejected rows with their reasons as an Excel file, to correct and import again</source>
        <translation>将被拒绝的行连同原因保存为 Excel 文件，改正后重新导入</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
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
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Header on row %1 of sheet %2. Check where each field is; a column can be chosen by hand.</source>
        <translation>表头位于工作表 %2 的第 %1 行。请核对各字段所在列，也可手动选择列。</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>正在检查 %1 的每一行…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing is written during the check.</source>
        <translation>检查期间不写入任何数据。</translation>
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
        <translation>导入已取消。未写入任何数据，数据库保持原样。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation>被拒绝的行已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>anju::IncomeSheetModel</name>
    <message>
        <source>Copy last month</source>
        <translation>复制上月</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Below line</source>
        <translation>低于监测线</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>收入骤降</translation>
    </message>
    <message>
        <source>Large expense</source>
        <translation>大额支出</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>待保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>Last month: %1</source>
        <translation>上月：%1</translation>
    </message>
    <message>
        <source>Net income per person per year: (income − costs) × 12 ÷ headcount</source>
        <translation>人均纯收入（元/人·年）：（收入 − 经营费用）× 12 ÷ 人口数</translation>
    </message>
    <message>
        <source>This month above, last month below in grey</source>
        <translation>上行为本月，下行灰字为上月</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资性</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>经营性</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>财产性</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转移性</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>经营费用</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗支出</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育支出</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>灾害支出</translation>
    </message>
    <message>
        <source>Other exp.</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>Per capita/yr</source>
        <translation>人均纯收入</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan (e.g. 1234.5)</source>
        <translation>%1：“%2”不是金额，请按元录入（如 1234.5）</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>anju::IndustryTab</name>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>安置点(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Record beneficiaries…</source>
        <translation>登记受益户(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;benefit…</source>
        <translation>修改受益(&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove a benefit entered by mistake</source>
        <translation>删除录错的受益记录</translation>
    </message>
    <message>
        <source>Household</source>
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
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>People</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>股数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>What it received</source>
        <translation>收益内容</translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation>按回车或双击打开这一户的档案。</translation>
    </message>
    <message numerus="yes">
        <source>%n projects running in %1</source>
        <translation>
            <numerusform>%1 年在运营的项目共 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>共 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a project to see its households.</source>
        <translation>选择一个项目，查看其受益户。</translation>
    </message>
    <message>
        <source>%1 in %2: %3 households, %4 people</source>
        <translation>%1（%2 年）：受益 %3 户，%4 人</translation>
    </message>
    <message>
        <source>%1, every year: %2 households, %3 people</source>
        <translation>%1（全部年份）：受益 %2 户，%3 人</translation>
    </message>
    <message>
        <source>Beneficiaries by level, %1: %2 households, %3 people</source>
        <translation>%1 年各层级受益情况：合计 %2 户，%3 人</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>受益户数</translation>
    </message>
    <message>
        <source>Change the project</source>
        <translation>修改项目</translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>请先在名单中选中一个项目。</translation>
    </message>
    <message>
        <source>Record beneficiaries</source>
        <translation>登记受益户</translation>
    </message>
    <message>
        <source>Change the benefit</source>
        <translation>修改受益</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>请先在名单中选中一户。</translation>
    </message>
    <message>
        <source>Remove the benefit</source>
        <translation>删除受益记录</translation>
    </message>
    <message>
        <source>Remove what household %1 received from %2 in %3? Do this only for a row entered by mistake.</source>
        <translation>删除户 %1 在 %3 年从%2得到的收益？只有录错的记录才能这样删除。</translation>
    </message>
</context>
<context>
    <name>anju::JobDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Record a job</source>
        <translation>登记就业</translation>
    </message>
    <message>
        <source>e.g. 广东</source>
        <translation>例如：广东</translation>
    </message>
    <message>
        <source>e.g. 东莞</source>
        <translation>例如：东莞</translation>
    </message>
    <message>
        <source>The company, the cooperative or the employer</source>
        <translation>公司、合作社或雇主</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>帮扶车间(&amp;W)：</translation>
    </message>
    <message>
        <source>Pos&amp;t:</source>
        <translation>公益岗位(&amp;T)：</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>省份(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>劳务经纪人(&amp;B)：</translation>
    </message>
    <message>
        <source>Transp&amp;ort batch:</source>
        <translation>输送批次(&amp;O)：</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>地点(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>单位(&amp;E)：</translation>
    </message>
    <message>
        <source>Monthly inco&amp;me:</source>
        <translation>月收入(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Record job</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 (%3, %4 of %5 held)</source>
        <translation>%1 · %2（%3，已安排 %4 人/限 %5 人）</translation>
    </message>
    <message>
        <source>%1 → %2 %3 (%4)</source>
        <translation>%1 → %2 %3（%4）</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>项目名称(&amp;J)：</translation>
    </message>
    <message>
        <source>P&amp;ark or scenic area:</source>
        <translation>园区/景区(&amp;A)：</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>地点(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>anju::JobEndDialog</name>
    <message>
        <source>End a job</source>
        <translation>结束就业</translation>
    </message>
    <message>
        <source>%1 · household %2 · %3 since %4</source>
        <translation>%1 · 户编号 %2 · %3（%4 起）</translation>
    </message>
    <message>
        <source>The first day the person no longer works there</source>
        <translation>从这天起此人不再在此就业</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Came home</source>
        <translation>返乡</translation>
    </message>
    <message>
        <source>Laid off</source>
        <translation>被裁员</translation>
    </message>
    <message>
        <source>Ill or injured</source>
        <translation>伤病</translation>
    </message>
    <message>
        <source>Went to another job</source>
        <translation>另换工作</translation>
    </message>
    <message>
        <source>Choose or type why</source>
        <translation>从列表中选择或直接填写原因</translation>
    </message>
    <message>
        <source>&amp;No longer employed from:</source>
        <translation>从哪天起不再就业(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;End job</source>
        <translation>结束就业(&amp;E)</translation>
    </message>
    <message>
        <source>End %1&apos;s job (%2) on %3? From that day %1 no longer counts as employed in it.</source>
        <translation>确定从 %3 起结束%1的这份工作（%2）吗？从这天起，%1 在这份工作上不再计为就业。</translation>
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
    <message>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>General party branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Joint party branch</source>
        <translation>联合党支部</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>Activist</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>Development target</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Applied to join</source>
        <translation>递交入党申请书</translation>
    </message>
    <message>
        <source>Talk with the applicant</source>
        <translation>与申请人谈话</translation>
    </message>
    <message>
        <source>Named activist</source>
        <translation>确定为入党积极分子</translation>
    </message>
    <message>
        <source>Named development target</source>
        <translation>确定为发展对象</translation>
    </message>
    <message>
        <source>Admitted as probationary member</source>
        <translation>接收为预备党员</translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation>延长预备期</translation>
    </message>
    <message>
        <source>Converted to full member</source>
        <translation>转为正式党员</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>安置点居民</translation>
    </message>
    <message>
        <source>Outside cadre</source>
        <translation>外来干部</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>离退休</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>农民</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>失业</translation>
    </message>
    <message>
        <source>Minimum living allowance</source>
        <translation>享受低保</translation>
    </message>
    <message>
        <source>Branch general meeting</source>
        <translation>支部党员大会</translation>
    </message>
    <message>
        <source>Branch committee meeting</source>
        <translation>支部委员会</translation>
    </message>
    <message>
        <source>Party group meeting</source>
        <translation>党小组会</translation>
    </message>
    <message>
        <source>Party lesson</source>
        <translation>党课</translation>
    </message>
    <message>
        <source>Theme party day</source>
        <translation>主题党日</translation>
    </message>
    <message>
        <source>Organisational life meeting</source>
        <translation>组织生活会</translation>
    </message>
    <message>
        <source>Democratic review of members</source>
        <translation>民主评议党员</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Village work team</source>
        <translation>驻村工作队</translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation>第一书记</translation>
    </message>
    <message>
        <source>30 and under</source>
        <translation>30岁及以下</translation>
    </message>
    <message>
        <source>31 to 40</source>
        <translation>31—40岁</translation>
    </message>
    <message>
        <source>41 to 50</source>
        <translation>41—50岁</translation>
    </message>
    <message>
        <source>51 to 60</source>
        <translation>51—60岁</translation>
    </message>
    <message>
        <source>61 to 70</source>
        <translation>61—70岁</translation>
    </message>
    <message>
        <source>Over 70</source>
        <translation>70岁以上</translation>
    </message>
    <message>
        <source>Talk with applicant due</source>
        <translation>应与申请人谈话</translation>
    </message>
    <message>
        <source>Activist cultivated one year</source>
        <translation>积极分子培养满一年</translation>
    </message>
    <message>
        <source>Conversion due</source>
        <translation>预备党员应转正</translation>
    </message>
    <message>
        <source>Extended probation ends</source>
        <translation>延长预备期届满</translation>
    </message>
    <message>
        <source>Dues in arrears</source>
        <translation>党费欠缴</translation>
    </message>
    <message>
        <source>Meeting not held</source>
        <translation>会议未开</translation>
    </message>
    <message>
        <source>Transfer pending</source>
        <translation>组织关系转接未办结</translation>
    </message>
    <message>
        <source>Site needs its own branch</source>
        <translation>安置点应单独建立党支部</translation>
    </message>
    <message>
        <source>Site not covered by an organisation</source>
        <translation>安置点未覆盖党组织</translation>
    </message>
    <message>
        <source>Site without a work team</source>
        <translation>安置点无驻村工作队</translation>
    </message>
    <message>
        <source>Site without a first secretary</source>
        <translation>安置点无第一书记</translation>
    </message>
    <message>
        <source>Branch too small</source>
        <translation>支部正式党员不足</translation>
    </message>
    <message>
        <source>Branch too large</source>
        <translation>支部党员人数过多</translation>
    </message>
    <message>
        <source>Branch committee missing</source>
        <translation>未设支部委员会</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Left the party</source>
        <translation>已出党</translation>
    </message>
    <message>
        <source>Probationary membership cancelled</source>
        <translation>取消预备党员资格</translation>
    </message>
    <message>
        <source>Withdrew from the party</source>
        <translation>退党</translation>
    </message>
    <message>
        <source>Removed from the party</source>
        <translation>除名</translation>
    </message>
    <message>
        <source>Expelled from the party</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>No organisational life for six months</source>
        <translation>连续六个月未参加组织生活</translation>
    </message>
    <message>
        <source>Secretary with under a year of party standing</source>
        <translation>书记党龄不足一年</translation>
    </message>
    <message>
        <source>Political status disagrees</source>
        <translation>政治面貌不一致</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Building leader</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>单元长</translation>
    </message>
    <message>
        <source>Party member household</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation>网格人员</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信或微信</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>见面</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>孤寡老人</translation>
    </message>
    <message>
        <source>Lost self-care</source>
        <translation>失能</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>大病</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>Difficult family</source>
        <translation>困难家庭</translation>
    </message>
    <message>
        <source>Hospitalised</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>突发事情</translation>
    </message>
    <message>
        <source>Discontent</source>
        <translation>不满情绪</translation>
    </message>
    <message>
        <source>Family dispute</source>
        <translation>家庭纠纷</translation>
    </message>
    <message>
        <source>Regular visit</source>
        <translation>四必访</translation>
    </message>
    <message>
        <source>Must attend</source>
        <translation>三必到</translation>
    </message>
    <message>
        <source>Dispute mediation</source>
        <translation>矛盾调处</translation>
    </message>
    <message>
        <source>Problem screening</source>
        <translation>问题排查</translation>
    </message>
    <message>
        <source>Public order and stability</source>
        <translation>综治维稳</translation>
    </message>
    <message>
        <source>Policy publicity</source>
        <translation>政策宣传</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务直通车</translation>
    </message>
    <message>
        <source>Public sentiment</source>
        <translation>民情气象站</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Taken up</source>
        <translation>已接手办理</translation>
    </message>
    <message>
        <source>Referral accepted</source>
        <translation>部门已接收</translation>
    </message>
    <message>
        <source>Referral returned</source>
        <translation>部门已退回</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Visit rule</source>
        <translation>走访规则</translation>
    </message>
    <message>
        <source>Must-attend event</source>
        <translation>三必到事由</translation>
    </message>
    <message>
        <source>Grid case</source>
        <translation>网格事件</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Pairing visit</source>
        <translation>结对走访</translation>
    </message>
    <message>
        <source>Routine visit</source>
        <translation>日常走访</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No pairing</source>
        <translation>未结对</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>长期未联系</translation>
    </message>
    <message>
        <source>Not visited in time</source>
        <translation>未按时走访</translation>
    </message>
    <message>
        <source>Must-attend visit overdue</source>
        <translation>三必到逾期</translation>
    </message>
    <message>
        <source>Case overdue</source>
        <translation>事件逾期</translation>
    </message>
    <message>
        <source>Unstable out of poverty</source>
        <translation>脱贫不稳定户</translation>
    </message>
    <message>
        <source>Marginal, at risk of poverty</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>Sudden severe hardship</source>
        <translation>突发严重困难户</translation>
    </message>
    <message>
        <source>Income check flag</source>
        <translation>收支核查标记</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation>本户申请</translation>
    </message>
    <message>
        <source>Department data</source>
        <translation>部门数据</translation>
    </message>
    <message>
        <source>Entry review</source>
        <translation>纳入审核中</translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation>未纳入</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>监测中</translation>
    </message>
    <message>
        <source>Elimination review</source>
        <translation>风险消除审核中</translation>
    </message>
    <message>
        <source>Risk eliminated</source>
        <translation>已消除风险</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>纳入监测</translation>
    </message>
    <message>
        <source>Risk elimination</source>
        <translation>风险消除</translation>
    </message>
    <message>
        <source>Home check</source>
        <translation>入户核实</translation>
    </message>
    <message>
        <source>Village review</source>
        <translation>村（社区）评议</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Township review</source>
        <translation>乡镇审核</translation>
    </message>
    <message>
        <source>County approval</source>
        <translation>县级审定</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>因病</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>因残</translation>
    </message>
    <message>
        <source>Schooling costs</source>
        <translation>因学</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>因灾</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>意外事故</translation>
    </message>
    <message>
        <source>Failed business</source>
        <translation>经营失败</translation>
    </message>
    <message>
        <source>Unstable work</source>
        <translation>务工不稳定</translation>
    </message>
    <message>
        <source>Other risk</source>
        <translation>其他风险</translation>
    </message>
    <message>
        <source>Industry support</source>
        <translation>产业帮扶</translation>
    </message>
    <message>
        <source>Employment support</source>
        <translation>就业帮扶</translation>
    </message>
    <message>
        <source>Health support</source>
        <translation>健康帮扶</translation>
    </message>
    <message>
        <source>Education support</source>
        <translation>教育帮扶</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>住房保障</translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation>兜底保障</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>其他措施</translation>
    </message>
    <message>
        <source>Labour export</source>
        <translation>劳务输出</translation>
    </message>
    <message>
        <source>Assistance workshop</source>
        <translation>帮扶车间</translation>
    </message>
    <message>
        <source>Work-for-relief project</source>
        <translation>以工代赈</translation>
    </message>
    <message>
        <source>Industrial park or scenic area</source>
        <translation>园区/景区</translation>
    </message>
    <message>
        <source>Public-welfare post</source>
        <translation>公益岗位</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>自主创业</translation>
    </message>
    <message>
        <source>Flexible work</source>
        <translation>灵活就业</translation>
    </message>
    <message>
        <source>Cleaning and greening</source>
        <translation>保洁护绿</translation>
    </message>
    <message>
        <source>Security assistant</source>
        <translation>治安协管</translation>
    </message>
    <message>
        <source>Forest ranger</source>
        <translation>生态护林</translation>
    </message>
    <message>
        <source>Project maintenance</source>
        <translation>项目管护</translation>
    </message>
    <message>
        <source>Other post</source>
        <translation>其他岗位</translation>
    </message>
    <message>
        <source>Wish to work</source>
        <translation>就业意愿</translation>
    </message>
    <message>
        <source>Wish for training</source>
        <translation>培训意愿</translation>
    </message>
    <message>
        <source>Wish to start a business</source>
        <translation>创业意愿</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Caring for family</source>
        <translation>照料家人</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation>患病</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>中途退出</translation>
    </message>
    <message>
        <source>Employment award</source>
        <translation>就业奖补</translation>
    </message>
    <message>
        <source>Training subsidy</source>
        <translation>技能培训补贴</translation>
    </message>
    <message>
        <source>Living allowance during training</source>
        <translation>培训期间生活费补贴</translation>
    </message>
    <message>
        <source>Social insurance subsidy</source>
        <translation>社保补贴</translation>
    </message>
    <message>
        <source>County industrial park</source>
        <translation>县级产业园区</translation>
    </message>
    <message>
        <source>Township base</source>
        <translation>乡镇产业基地</translation>
    </message>
    <message>
        <source>Village cooperative</source>
        <translation>村级合作社</translation>
    </message>
    <message>
        <source>Household project</source>
        <translation>户办项目</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Labour pay</source>
        <translation>务工带动</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>技能培训</translation>
    </message>
    <message>
        <source>Asset shares</source>
        <translation>资产折股量化</translation>
    </message>
</context>
<context>
    <name>anju::LeaveDialog</name>
    <message>
        <source>Leaving the party: %1</source>
        <translation>出党登记：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>e.g. 党支字〔2026〕3号</source>
        <translation>例如：党支字〔2026〕3号</translation>
    </message>
    <message>
        <source>e.g. no dues paid for six months without good reason</source>
        <translation>例如：无正当理由连续六个月不交纳党费</translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation>出党方式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>出党日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Decided by the &amp;meeting:</source>
        <translation>作出决定的会议(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;cord leaving</source>
        <translation>登记出党(&amp;C)</translation>
    </message>
    <message>
        <source>Record that %1 left the party (%2) on %3? The member stays on file but is no longer counted, and this cannot be undone here.</source>
        <translation>确认登记%1于 %3 出党（%2）？该党员仍保留在档，但不再计入党员人数，此操作在程序中无法撤销。</translation>
    </message>
</context>
<context>
    <name>anju::LoginDialog</name>
    <message>
        <source>Log in to Anju</source>
        <translation>登录安居</translation>
    </message>
    <message>
        <source>Anju resettlement-site registry</source>
        <translation>安居 · 易地扶贫搬迁安置点住户登记</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>This is a demo database. Its users are admin, clerk, secretary and manager, each with the password %1.</source>
        <translation>这是演示数据库。用户有 admin、clerk、secretary 和 manager，密码均为 %1。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Anju</source>
        <translation>安居</translation>
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
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>帮扶</translation>
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
        <source>Logged in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>The user logged in, and their role.</source>
        <translation>当前登录的用户及其角色。</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>今天的备份未能完成：%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>今天的备份：%1</translation>
    </message>
    <message>
        <source>Backups: by the administrator on the server</source>
        <translation>备份：由管理员在服务器上进行</translation>
    </message>
    <message>
        <source>The daily automatic backup is made only for a database file on this computer. A server database is backed up by the administrator with anju-cli backup (pg_dump), for example every night.</source>
        <translation>每日自动备份只针对本机上的数据库文件。服务器上的数据库由管理员用 anju-cli backup（pg_dump）备份，例如每晚一次。</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用说明(&amp;M)</translation>
    </message>
</context>
<context>
    <name>anju::ManualWindow</name>
    <message>
        <source>Anju manual</source>
        <translation>安居 使用说明</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The manual is not installed&lt;/h2&gt;&lt;p&gt;Anju looked for it in:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;It comes with the anju package; ask the administrator to install the package again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;没有找到使用说明&lt;/h2&gt;&lt;p&gt;安居在以下位置查找过：&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;使用说明随 anju 安装包一起安装；请管理员重新安装该软件包。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>anju::MeetingDialog</name>
    <message>
        <source>e.g. studying the latest documents of the Party</source>
        <translation>例如：学习党的二十大精神</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>缺席原因</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>会议类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>主题(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Attendance (untick who was absent and give the reason):</source>
        <translation>出席情况(&amp;A)（缺席者请取消勾选并填写原因）：</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Meeting – %1</source>
        <translation>会议 – %1</translation>
    </message>
</context>
<context>
    <name>anju::MeetingsPanel</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) in %1</source>
        <translation>
            <numerusform>%1 年共 %n 次会议</numerusform>
        </translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Choose the organisation that met in the tree on the left first.</source>
        <translation>请先在左侧组织树中选择召开会议的党组织。</translation>
    </message>
</context>
<context>
    <name>anju::MemberDetailsBox</name>
    <message>
        <source>Outside cadre</source>
        <translation>外来干部</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>In the party</source>
        <translation>党内信息</translation>
    </message>
    <message>
        <source> class hours</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>所在支部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mentors:</source>
        <translation>培养联系人(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Sponsors:</source>
        <translation>入党介绍人(&amp;S)：</translation>
    </message>
    <message>
        <source>Political re&amp;view on:</source>
        <translation>政治审查日期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>集中培训(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Two full members who sponsor the development target for admission</source>
        <translation>入党介绍人：介绍发展对象入党的两名正式党员</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no member chosen</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member (organisation)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Member %1 (no longer a full member here)</source>
        <translation>党员 %1（已不是本处正式党员）</translation>
    </message>
    <message>
        <source>One or two full members who guide the activist in cultivation</source>
        <translation>培养联系人：负责培养考察入党积极分子的一至两名正式党员</translation>
    </message>
</context>
<context>
    <name>anju::MemberDuesBox</name>
    <message>
        <source>Monthly dues</source>
        <translation>每月党费</translation>
    </message>
    <message>
        <source>yuan per month, after tax</source>
        <translation>每月税后收入，单位：元</translation>
    </message>
    <message>
        <source>yuan per month, as agreed</source>
        <translation>每月约定金额，单位：元</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>交纳类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>月收入(&amp;I)：</translation>
    </message>
    <message>
        <source>Agreed &amp;amount:</source>
        <translation>约定金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>起算月份(&amp;F)：</translation>
    </message>
    <message>
        <source>Dues per month:</source>
        <translation>每月应交：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>交纳日期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已交</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未交</translation>
    </message>
    <message>
        <source>Record &amp;payment of ticked months</source>
        <translation>登记所勾选月份已交(&amp;P)</translation>
    </message>
    <message>
        <source>Paid o&amp;n:</source>
        <translation>交纳日期(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 · %2 yuan</source>
        <translation>%1 · %2 元</translation>
    </message>
    <message>
        <source>Every month is paid.</source>
        <translation>各月党费均已交清。</translation>
    </message>
    <message>
        <source>Nothing owed before this month. This month&apos;s dues can be recorded here.</source>
        <translation>此前各月均已交清，本月党费可在此登记。</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) owed, %1 yuan in all. Tick the months paid now.</source>
        <translation>
            <numerusform>欠交 %n 个月，共 %1 元。请勾选本次交纳的月份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the months paid.</source>
        <translation>请勾选交纳的月份。</translation>
    </message>
</context>
<context>
    <name>anju::MemberFilterBar</name>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>On the roll</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Normal and mobile members</source>
        <translation>正常党员和流动党员</translation>
    </message>
    <message>
        <source>Both sexes</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>全部年龄</translation>
    </message>
    <message>
        <source>Name or ID number</source>
        <translation>姓名或身份证号</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>阶段(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>年龄(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>anju::MemberForm</name>
    <message>
        <source>&amp;Development</source>
        <translation>发展历程(&amp;D)</translation>
    </message>
    <message>
        <source>Pa&amp;rticulars</source>
        <translation>基本信息(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;ues</source>
        <translation>党费(&amp;U)</translation>
    </message>
    <message>
        <source>Steps, state changes and payments are recorded at once · Ctrl+S saves the particulars and the dues basis</source>
        <translation>发展步骤、状态变更和党费交纳即时登记 · Ctrl+S 保存基本信息和党费标准</translation>
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
        <source>Party member – %1</source>
        <translation>党员 – %1</translation>
    </message>
    <message>
        <source>born %1, %2 years old</source>
        <translation>%1 出生，%2 岁</translation>
    </message>
    <message>
        <source>Resident of household %1 (ID number %2); name, sex and birth date are kept in the household register.</source>
        <translation>搬迁户 %1 的成员（身份证号 %2）；姓名、性别、出生日期以户籍档案为准。</translation>
    </message>
    <message>
        <source>Resident (ID number %1)</source>
        <translation>搬迁群众（身份证号 %1）</translation>
    </message>
    <message>
        <source>Outside cadre%1</source>
        <translation>外来干部%1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Close member</source>
        <translation>关闭党员档案</translation>
    </message>
    <message>
        <source>The changes to the particulars or the dues basis are not saved. Close and discard them?</source>
        <translation>基本信息或党费标准的修改尚未保存。关闭并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>%1 年出生</translation>
    </message>
</context>
<context>
    <name>anju::MemberStateBox</name>
    <message>
        <source>State</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>e.g. works in Guangdong since spring</source>
        <translation>例如：开春后外出广东务工</translation>
    </message>
    <message>
        <source>New st&amp;ate:</source>
        <translation>变更为(&amp;A)：</translation>
    </message>
    <message>
        <source>Sin&amp;ce:</source>
        <translation>起始日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>原因(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;hange state</source>
        <translation>变更状态(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Leave the party…</source>
        <translation>出党登记(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>anju::MembersPanel</name>
    <message>
        <source>&amp;New member…</source>
        <translation>新增党员(&amp;N)…</translation>
    </message>
    <message>
        <source>Enter an applicant, or a member who joined before, with the steps on file</source>
        <translation>登记入党申请人，或补录已入党党员及其已有的发展步骤</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected member: stage timeline, transitions, dues (Enter)</source>
        <translation>打开所选党员：发展历程、办理下一步、党费（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) listed</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::MonitoringCasePanel</name>
    <message>
        <source>Choose a household in the list to see its case.</source>
        <translation>在左边名单中选一户，这里显示它的情况。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 since %3</source>
        <translation>%1 · %3 起%2</translation>
    </message>
    <message>
        <source>Found on %1 through %2. %3</source>
        <translation>%1 经%2发现。%3</translation>
    </message>
    <message>
        <source>Monitored from %1.</source>
        <translation>%1 纳入监测。</translation>
    </message>
    <message>
        <source>Not taken in on %1: %2</source>
        <translation>%1 不予纳入：%2</translation>
    </message>
    <message>
        <source>Risk eliminated on %1.</source>
        <translation>%1 风险消除。</translation>
    </message>
    <message>
        <source>Due now: set the notice period (by %1).</source>
        <translation>当前：确定公示期（期限 %1）。</translation>
    </message>
    <message>
        <source>Due now: %1, by %2.</source>
        <translation>当前：%1，期限 %2。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>By, note</source>
        <translation>经办人、说明</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation>（%1 至 %2）</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>公示异议</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>%1 from %2: %3 — %4</source>
        <translation>%1 %2：%3 —— %4</translation>
    </message>
    <message>
        <source>settled %1: %2</source>
        <translation>%1 已处理：%2</translation>
    </message>
    <message>
        <source>not settled</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>%1: %2 (%3), from %4%5</source>
        <translation>%1：%2（%3），%4 起%5</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1次</translation>
    </message>
</context>
<context>
    <name>anju::MonitoringDialog</name>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(no step is due)</source>
        <translation>（没有待定的步骤）</translation>
    </message>
    <message>
        <source>Step due:</source>
        <translation>当前步骤：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>决定日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>经办人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Reason or note:</source>
        <translation>原因或说明(&amp;R)：</translation>
    </message>
    <message>
        <source>Notice &amp;from:</source>
        <translation>公示开始(&amp;F)：</translation>
    </message>
    <message>
        <source>Notice &amp;until:</source>
        <translation>公示截止(&amp;U)：</translation>
    </message>
    <message>
        <source>At least %1 working days: until %2 at the earliest.</source>
        <translation>至少 %1 个工作日：最早到 %2。</translation>
    </message>
    <message>
        <source>At least %1 days: until %2 at the earliest.</source>
        <translation>至少 %1 天：最早到 %2。</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>收到日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>提出人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>异议(&amp;O)：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Settled &amp;on:</source>
        <translation>处理日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>处理结果(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. 县人社局</source>
        <translation>例如 县人社局</translation>
    </message>
    <message>
        <source>Provided &amp;by:</source>
        <translation>责任单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>New monitoring household</source>
        <translation>新增监测户</translation>
    </message>
    <message>
        <source>Decide the step</source>
        <translation>定这一步</translation>
    </message>
    <message>
        <source>Set the notice period</source>
        <translation>确定公示期</translation>
    </message>
    <message>
        <source>Log an objection</source>
        <translation>登记公示异议</translation>
    </message>
    <message>
        <source>Settle an objection</source>
        <translation>处理公示异议</translation>
    </message>
    <message>
        <source>Add an assistance measure</source>
        <translation>增加帮扶措施</translation>
    </message>
    <message>
        <source>End an assistance measure</source>
        <translation>结束帮扶措施</translation>
    </message>
    <message>
        <source>Start the risk elimination</source>
        <translation>开始风险消除</translation>
    </message>
    <message>
        <source>Decline the household</source>
        <translation>不予纳入</translation>
    </message>
    <message>
        <source>Enter why the step is rejected.</source>
        <translation>请填写不通过的原因。</translation>
    </message>
    <message>
        <source>Enter what the objection says.</source>
        <translation>请填写异议内容。</translation>
    </message>
    <message>
        <source>There is no unsettled objection.</source>
        <translation>没有未处理的异议。</translation>
    </message>
    <message>
        <source>Enter how the objection was handled.</source>
        <translation>请填写异议的处理结果。</translation>
    </message>
    <message>
        <source>Enter what the measure is.</source>
        <translation>请填写帮扶措施的内容。</translation>
    </message>
    <message>
        <source>There is no running measure.</source>
        <translation>没有正在执行的措施。</translation>
    </message>
    <message>
        <source>Enter why the household is not taken in.</source>
        <translation>请填写不予纳入的原因。</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; for %2 of household %3 on %4? A decision is not undone.</source>
        <translation>确定为户 %3 的“%2”记录“%1”（日期 %4）吗？定了就不能撤回。</translation>
    </message>
    <message>
        <source>Decline household %1 on %2? It leaves the entry review.</source>
        <translation>确定 %2 不予纳入户 %1 吗？这一户将退出纳入审核。</translation>
    </message>
    <message>
        <source>Start the risk elimination of household %1 on %2?</source>
        <translation>确定从 %2 开始户 %1 的风险消除吗？</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>未知的操作。</translation>
    </message>
</context>
<context>
    <name>anju::MonitoringDiscoveryFields</name>
    <message>
        <source>&amp;Household:</source>
        <translation>户(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Found &amp;through:</source>
        <translation>发现途径(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>来源记录(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. 县医保局, 县民政局</source>
        <translation>例如 县医保局、县民政局</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>部门(&amp;P)：</translation>
    </message>
    <message>
        <source>Found &amp;on:</source>
        <translation>发现日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Ris&amp;ks:</source>
        <translation>风险(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>情况说明(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Flagged check:</source>
        <translation>预警核查(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>走访记录(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Grid case:</source>
        <translation>网格事件(&amp;G)：</translation>
    </message>
    <message>
        <source>find the household first</source>
        <translation>请先查找并选定户</translation>
    </message>
    <message>
        <source>no flagged income check</source>
        <translation>该户没有预警的收支核查</translation>
    </message>
    <message>
        <source>no visit recorded</source>
        <translation>该户没有走访记录</translation>
    </message>
    <message>
        <source>no grid case about it</source>
        <translation>没有涉及该户的网格事件</translation>
    </message>
    <message>
        <source>choose one (%1 found)</source>
        <translation>请选择（共 %1 条）</translation>
    </message>
    <message>
        <source>Household: find it by name, ID number or household number (then Enter) and choose it in the list.</source>
        <translation>户：请按姓名、身份证号或户编号查找（按回车），并在列表中选定。</translation>
    </message>
    <message>
        <source>Flagged check: this household has no flagged income check; choose another way it was found.</source>
        <translation>预警核查：该户没有预警的收支核查，请改选其他发现途径。</translation>
    </message>
    <message>
        <source>Flagged check: choose the income check whose flag found the household.</source>
        <translation>预警核查：请选择发现该户的那次预警核查。</translation>
    </message>
    <message>
        <source>Visit: no visit of this household is recorded; choose another way it was found.</source>
        <translation>走访记录：该户没有走访记录，请改选其他发现途径。</translation>
    </message>
    <message>
        <source>Visit: choose the visit that found the household.</source>
        <translation>走访记录：请选择发现该户的那次走访。</translation>
    </message>
    <message>
        <source>Grid case: no grid case is about this household; choose another way it was found.</source>
        <translation>网格事件：没有涉及该户的网格事件，请改选其他发现途径。</translation>
    </message>
    <message>
        <source>Grid case: choose the grid case that found the household.</source>
        <translation>网格事件：请选择发现该户的网格事件。</translation>
    </message>
    <message>
        <source>Department: enter the department whose data found the household.</source>
        <translation>部门：请填写以其数据发现该户的部门。</translation>
    </message>
</context>
<context>
    <name>anju::MonitoringNoticeDocument</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>People</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>监测类别</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>公示事项</translation>
    </message>
    <message>
        <source>Reason found</source>
        <translation>识别原因</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>Take into monitoring</source>
        <translation>纳入监测</translation>
    </message>
    <message>
        <source>Risk eliminated</source>
        <translation>风险消除</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Anyone who objects may tell %1 in person, in writing or by phone until %2, the last day of the notice; objections are checked and answered.</source>
        <translation>如有异议，请于公示期满（%2）前以当面、书面或电话方式向%1反映；对反映的问题将逐一核实并答复。</translation>
    </message>
    <message>
        <source>Anyone who objects may tell %1.</source>
        <translation>如有异议，请向%1反映。</translation>
    </message>
    <message>
        <source>Public notice of monitoring households: %1, %2</source>
        <translation>%1 防止返贫监测对象公示（%2）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>No household is on notice on this day.</source>
        <translation>这一天没有处于公示期的户。</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>anju::MonitoringTab</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>安置点(&amp;I)：</translation>
    </message>
    <message>
        <source>O&amp;verdue steps only</source>
        <translation>只看超期的步骤(&amp;V)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step due</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Decide step…</source>
        <translation>定这一步(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Notice period…</source>
        <translation>公示期(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Objection…</source>
        <translation>异议(&amp;O)…</translation>
    </message>
    <message>
        <source>Sett&amp;le objection…</source>
        <translation>处理异议(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>帮扶措施(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;End measure…</source>
        <translation>结束措施(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Risk elimination…</source>
        <translation>风险消除(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;cline…</source>
        <translation>不予纳入(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print notice list…</source>
        <translation>打印公示名单(&amp;P)…</translation>
    </message>
    <message>
        <source>Notice list</source>
        <translation>公示名单</translation>
    </message>
    <message>
        <source>The day of the board (YYYY-MM-DD):</source>
        <translation>公示名单的日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Set the notice</source>
        <translation>确定公示期</translation>
    </message>
    <message>
        <source>The step due now is overdue (deadline %1).</source>
        <translation>当前这一步已超期（期限 %1）。</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 已超期</translation>
    </message>
    <message>
        <source>%1 households, %2 with an overdue step</source>
        <translation>共 %1 户，%2 户当前步骤超期</translation>
    </message>
    <message>
        <source>Monitoring households</source>
        <translation>监测户</translation>
    </message>
    <message>
        <source>Enter the day written YYYY-MM-DD, e.g. 2026-11-10.</source>
        <translation>请按 YYYY-MM-DD 填写日期，例如 2026-11-10。</translation>
    </message>
    <message>
        <source>Choose a site in the filter, or a household of the site.</source>
        <translation>请在上方选一个安置点，或选中这个安置点的一户。</translation>
    </message>
    <message>
        <source>notice-%1.pdf</source>
        <translation>公示名单-%1.pdf</translation>
    </message>
    <message>
        <source>Save the notice list</source>
        <translation>保存公示名单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 households on notice.</source>
        <translation>已生成 %1：公示 %2 户。</translation>
    </message>
    <message>
        <source>No household is on notice at %1 on %2. Save a list that says so?</source>
        <translation>%1 在 %2 没有正在公示的户。仍要保存一份注明无公示对象的名单吗？</translation>
    </message>
</context>
<context>
    <name>anju::MoveHouseholdMemberDialog</name>
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
    <message>
        <source>&lt;b&gt;Recorded at once&lt;/b&gt; in both households when you press Move: the household form&apos;s Save is not needed for it.</source>
        <translation>按“转入”后在两户中&lt;b&gt;立即记录&lt;/b&gt;，不需要再点住户表单的“保存”。</translation>
    </message>
</context>
<context>
    <name>anju::MustAttendDialog</name>
    <message>
        <source>Register a must-attend event</source>
        <translation>登记必到事项</translation>
    </message>
    <message>
        <source>household number, e.g. 4305240010001</source>
        <translation>户编号，如 4305240010001</translation>
    </message>
    <message>
        <source>(the household as a whole)</source>
        <translation>（全户）</translation>
    </message>
    <message>
        <source>what happened, in a few words</source>
        <translation>简要说明发生了什么</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>事项类别(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>住户(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Person (optional):</source>
        <translation>人员（可不填）(&amp;P)：</translation>
    </message>
    <message>
        <source>Happened &amp;on:</source>
        <translation>发生日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Attend by:</source>
        <translation>须到场日期：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (within %n day(s))</source>
        <translation>
            <numerusform>%1 前（%n 天内）</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the household&apos;s number.</source>
        <translation>请填写户编号。</translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation>没有户编号为 %1 的住户。</translation>
    </message>
</context>
<context>
    <name>anju::NewMemberDialog</name>
    <message>
        <source>New party member or applicant</source>
        <translation>新增党员或入党申请人</translation>
    </message>
    <message>
        <source>A &amp;resident of our sites</source>
        <translation>安置点搬迁群众(&amp;R)</translation>
    </message>
    <message>
        <source>An &amp;outside cadre (work team, civil servant …)</source>
        <translation>外来干部(&amp;O)（工作队员、机关干部等）</translation>
    </message>
    <message>
        <source>Only for a member who came from another organisation: the day they joined this branch. Steps before it were checked where they were taken.</source>
        <translation>仅用于从其他党组织转来的党员：转入本支部的日期。此前的发展步骤已由原党组织审核。</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>所在支部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Joined this branch &amp;on:</source>
        <translation>转入本支部日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation>输入姓名、身份证号或户编号后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Re&amp;sident:</source>
        <translation>搬迁群众(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>Bor&amp;n:</source>
        <translation>出生日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>Steps on file</source>
        <translation>已有发展步骤</translation>
    </message>
    <message>
        <source>Tick each step taken so far and give its date. A reason is needed only where a step sets a rule aside; it is kept in the history.</source>
        <translation>请勾选已完成的每一步并填写日期。只有不符合规定的步骤才需填写理由，理由将记入发展历程。</translation>
    </message>
    <message>
        <source>reason, if a rule is set aside</source>
        <translation>不符合规定时填写理由</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · household %4, %5</source>
        <translation>%1 · %2 · %3 · 户 %4，%5</translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation>未找到搬迁群众。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Find the resident and choose them in the list.</source>
        <translation>请查找该搬迁群众并在列表中选中。</translation>
    </message>
    <message>
        <source>Steps with a reason are entered from paper records (据档案补录); the reason names them</source>
        <translation>填写了理由的步骤为据档案补录；理由中写明所据档案</translation>
    </message>
</context>
<context>
    <name>anju::OfficeSettingDialog</name>
    <message>
        <source>Change a setting</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>当前值：</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>默认值：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>新值(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>yuan, e.g. 6000 or 7500.50</source>
        <translation>元，例如 6000 或 7500.50</translation>
    </message>
    <message>
        <source>%1

%2

Change it now?</source>
        <translation>%1

%2

现在修改吗？</translation>
    </message>
</context>
<context>
    <name>anju::OfficeSettingsBox</name>
    <message>
        <source>Office settings</source>
        <translation>本单位设置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The figures the rules of this office use, kept in its database. The visit and income rules can be changed here by the administrator and the manager: select one and press Enter or double-click it. Each change is written to the audit trail.</source>
        <translation>本单位各项规则所用的数值，保存在本单位数据库中。网格走访和收入监测的规则可由管理员和负责人在这里修改：选中一项后按回车或双击。每次修改都记入操作日志。</translation>
    </message>
    <message>
        <source>The figures the rules of this office use, kept in its database. Shown here to check them; only the administrator and the manager may change the visit and income rules.</source>
        <translation>本单位各项规则所用的数值，保存在本单位数据库中。此处供核对；网格走访和收入监测的规则只有管理员和负责人可以修改。</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a year&apos;s &amp;monitoring line…</source>
        <translation>新增年度监测线(&amp;M)…</translation>
    </message>
    <message>
        <source>This setting cannot be changed here.</source>
        <translation>这一项不能在这里修改。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>Saved the monitoring line of %1.</source>
        <translation>已保存 %1 年的监测标准。</translation>
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
    <name>anju::OrganisationForm</name>
    <message>
        <source>e.g. Xingfu Community Site Party Branch</source>
        <translation>例如：幸福社区安置点党支部</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>组织类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>上级党组织(&amp;U)：</translation>
    </message>
    <message>
        <source>Covers s&amp;ites:</source>
        <translation>覆盖安置点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>书记(&amp;S)：</translation>
    </message>
    <message>
        <source>Party-building &amp;instructor:</source>
        <translation>党建指导员(&amp;I)：</translation>
    </message>
    <message>
        <source>Instructor&apos;s &amp;unit:</source>
        <translation>指导员单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>成立日期(&amp;F)：</translation>
    </message>
    <message>
        <source>New party organisation</source>
        <translation>新建党组织</translation>
    </message>
    <message>
        <source>Party organisation – %1</source>
        <translation>党组织 – %1</translation>
    </message>
    <message>
        <source>(none: a top organisation)</source>
        <translation>（无：最上级党组织）</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <source>Now: %1 members, %2 of them full members; committee of %3.</source>
        <translation>现有党员 %1 名，其中正式党员 %2 名；支委会成员 %3 名。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>These are reported in the review list; they do not stop saving.</source>
        <translation>以上情况会列入待办提醒，不影响保存。</translation>
    </message>
    <message>
        <source>Only for a secretary with under a year of party standing: why</source>
        <translation>仅在书记党龄不足一年时填写：原因</translation>
    </message>
    <message>
        <source>E&amp;xception:</source>
        <translation>例外原因(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>anju::OrganisationTreeModel</name>
    <message>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Every organisation of the office together</source>
        <translation>本单位所有党组织合计</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2
Covers: %3</source>
        <translation>%1 · %2
覆盖：%3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, counting the organisations below</source>
        <translation>%1（含下级党组织）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Appl.</source>
        <comment>applicants, short column header</comment>
        <translation>申请</translation>
    </message>
    <message>
        <source>Activ.</source>
        <comment>activists, short column header</comment>
        <translation>积极</translation>
    </message>
    <message>
        <source>Targ.</source>
        <comment>development targets, short column header</comment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Prob.</source>
        <comment>probationary members, short column header</comment>
        <translation>预备</translation>
    </message>
    <message>
        <source>Full</source>
        <comment>full members, short column header</comment>
        <translation>正式</translation>
    </message>
    <message>
        <source>Party group: %1</source>
        <translation>党小组：%1</translation>
    </message>
    <message>
        <source>Party group of %1 · %2 · members: %3 (they count in the branch)</source>
        <translation>%1 的党小组 · %2 · 成员 %3 人（计入所在支部）</translation>
    </message>
</context>
<context>
    <name>anju::OutcomeDialog</name>
    <message>
        <source>Record the outcomes of %1</source>
        <translation>记录结业：%1</translation>
    </message>
    <message>
        <source>%1 runs to %2 with %3 class hours. Completion is recorded from its last day on; dropping out on any day.</source>
        <translation>%1 到 %2 结束，共 %3 课时。结业须在结班当天或以后记录；中途退出哪天都能记录。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>培训结果</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>出勤课时</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>number on the certificate</source>
        <translation>证书上的编号</translation>
    </message>
    <message>
        <source>All &amp;completed</source>
        <translation>全部结业(&amp;C)</translation>
    </message>
    <message>
        <source>All &amp;dropped</source>
        <translation>全部退出(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>anju::PairingHandoverDialog</name>
    <message>
        <source>Hand over pairings</source>
        <translation>结对移交</translation>
    </message>
    <message>
        <source>A &amp;partner in the grid:</source>
        <translation>本网格的帮扶人(&amp;P)：</translation>
    </message>
    <message>
        <source>An outside &amp;cadre:</source>
        <translation>外单位干部(&amp;C)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e.g. transferred to another post</source>
        <translation>例如：调任其他岗位</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>移交人(&amp;F)：</translation>
    </message>
    <message>
        <source>Hou&amp;seholds:</source>
        <translation>结对户(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>接任者(&amp;T)：</translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation>移交日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <source>%1 · %2 households in this grid</source>
        <translation>%1 · 本网格结对 %2 户</translation>
    </message>
    <message>
        <source>Nobody pairs a household of this grid yet.</source>
        <translation>本网格还没有任何住户结对。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (party member)</source>
        <translation>%1（党员）</translation>
    </message>
    <message>
        <source>%1 (cadre)</source>
        <translation>%1（干部）</translation>
    </message>
    <message>
        <source>%1 (cadre, %2)</source>
        <translation>%1（干部，%2）</translation>
    </message>
    <message>
        <source>%1 %2 · paired since %3 · %4 open visit tasks</source>
        <translation>%1 %2 · %3 起结对 · 未完成走访任务 %4 项</translation>
    </message>
    <message>
        <source>%1 households and %2 open visit tasks go to the successor; the pairings end on the day and start again with them.</source>
        <translation>%1 户结对和 %2 项未完成走访任务将交给接任者；原结对于移交当日结束，并自当日起由接任者接续。</translation>
    </message>
    <message>
        <source>Tick at least one household to hand over.</source>
        <translation>请至少勾选一户进行移交。</translation>
    </message>
    <message>
        <source>Hand %1&apos;s pairings with %2 households over to %3 on %4? %5 open visit tasks move along.</source>
        <translation>于 %4 将 %1 的 %2 户结对移交给 %3？%5 项未完成走访任务随之移交。</translation>
    </message>
    <message>
        <source>the successor</source>
        <translation>接任者</translation>
    </message>
</context>
<context>
    <name>anju::PartyGroupDialog</name>
    <message>
        <source>e.g. Building 3 Party Group</source>
        <translation>例如：3栋党小组</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>所属支部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>成立日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Dissolved on:</source>
        <translation>撤销日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>New party group</source>
        <translation>新建党小组</translation>
    </message>
    <message>
        <source>Party group – %1</source>
        <translation>党小组 – %1</translation>
    </message>
</context>
<context>
    <name>anju::PartyImportDialog</name>
    <message numerus="yes">
        <source>%n member(s) imported</source>
        <translation>
            <numerusform>已导入 %n 名党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: correct them and check again, or save the rejected rows.</source>
        <translation>
            <numerusform>%n 行未通过：请改正后重新检查，或保存未通过的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was written.</source>
        <translation>
            <numerusform>%n 行未通过：未写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already on file</source>
        <translation>
            <numerusform>，%n 名已登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>，%n 条警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n member(s) can be imported</source>
        <translation>
            <numerusform>检查完毕：可导入 %n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors (each rejects its row; while there is one, nothing is written):</source>
        <translation>错误（有错误的行不予导入；只要还有错误，就不写入任何内容）：</translation>
    </message>
    <message>
        <source>Import party roster</source>
        <translation>导入党员花名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation>花名册 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Warnings (rules an old record breaks: the step is imported as entered from records, 据档案补录):</source>
        <translation>警告（旧档案不符合的规定：该步骤作为据档案补录导入）：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在党支部</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>Activist since</source>
        <translation>确定为入党积极分子日期</translation>
    </message>
    <message>
        <source>Development target since</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>Admitted as probationary member</source>
        <translation>接收为预备党员日期</translation>
    </message>
    <message>
        <source>Converted to full member</source>
        <translation>转为正式党员日期</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>入党介绍人</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Work unit and post</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Where a mobile member went</source>
        <translation>流动党员外出地点</translation>
    </message>
    <message>
        <source>All members go in together at the end; Cancel leaves the database as it was.</source>
        <translation>所有党员在最后一并写入；取消则数据库保持原样。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>保存未通过的行(&amp;S)…</translation>
    </message>
    <message>
        <source>The rejected rows with their reasons as an Excel file, to correct and import again</source>
        <translation>把未通过的行及原因保存为 Excel 文件，改正后重新导入</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
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
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Header on row %1 of sheet %2. Check where each field is; a column can be chosen by hand.</source>
        <translation>表头在工作表 %2 的第 %1 行。请核对各字段所在的列；也可以手动选择列。</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>正在检查 %1 的每一行…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing is written during the check.</source>
        <translation>检查期间不写入任何数据。</translation>
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
        <translation>导入已取消。未写入任何数据：数据库保持原样。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存未通过的行</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation>未通过的行已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>anju::PartyMemberModel</name>
    <message>
        <source>(outside cadre)</source>
        <translation>（外来干部）</translation>
    </message>
    <message>
        <source>Probation ends: conversion due on %1</source>
        <translation>预备期满：应于 %1 讨论转正</translation>
    </message>
    <message>
        <source>One year of cultivation on %1</source>
        <translation>%1 培养考察满一年</translation>
    </message>
    <message>
        <source>The branch talks with the applicant by %1</source>
        <translation>党组织应于 %1 前派人谈话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>发展阶段</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>下一步到期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>%1 (from records)</source>
        <translation>%1（据档案补录）</translation>
    </message>
</context>
<context>
    <name>anju::PartyPage</name>
    <message>
        <source>&amp;Organisations and members by stage</source>
        <translation>党组织及各阶段人数(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>新建党组织(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Kind, parent, covered sites, secretary, instructor; branch-size findings</source>
        <translation>组织类型、上级组织、覆盖安置点、书记、党建指导员；支部规模检查</translation>
    </message>
    <message>
        <source>To do this month</source>
        <translation>本月待办</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>三会一课</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>党费</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>Work teams</source>
        <translation>驻村工作队</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图</translation>
    </message>
    <message>
        <source>All organisations of the office</source>
        <translation>本单位全部党组织</translation>
    </message>
    <message>
        <source>You may read the party records; changing them is for the party secretaries and the administrator.</source>
        <translation>你可以查看党建记录；修改由党支部书记（党务）和管理员进行。</translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation>导入花名册(&amp;R)…</translation>
    </message>
    <message>
        <source>A branch&apos;s Excel roster of members (党员花名册, .xlsx or .csv)</source>
        <translation>党支部的党员花名册（.xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>New party &amp;group…</source>
        <translation>新建党小组(&amp;G)…</translation>
    </message>
    <message>
        <source>A party group (党小组) dividing the chosen branch; such a branch owes a party group meeting every month</source>
        <translation>在所选党支部下设立党小组；设有党小组的支部每月应召开党小组会</translation>
    </message>
</context>
<context>
    <name>anju::PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Present password:</source>
        <translation>当前密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>At least %1 characters, of two kinds</source>
        <translation>至少 %1 个字符，包含两类字符</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>anju::PasswordHasher</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password needs two kinds of characters: letters, digits or signs.</source>
        <translation>密码需包含字母、数字、符号中的两类。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码中不能含有用户名。</translation>
    </message>
    <message>
        <source>This password is too well known; choose another.</source>
        <translation>这个密码太常见，请另选一个。</translation>
    </message>
</context>
<context>
    <name>anju::Permissions</name>
    <message>
        <source>Log in first: %1 needs a user.</source>
        <translation>请先登录：%1需要登录用户。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>%1 works on other sites and may not %2 here.</source>
        <translation>%1 负责其他安置点，无权在此%2。</translation>
    </message>
    <message>
        <source>read the registry</source>
        <translation>查看登记信息</translation>
    </message>
    <message>
        <source>change households and persons</source>
        <translation>修改住户和人员信息</translation>
    </message>
    <message>
        <source>see ID numbers and phones in full</source>
        <translation>查看完整的身份证号和电话</translation>
    </message>
    <message>
        <source>import rosters</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>export rosters</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>change sites and buildings</source>
        <translation>修改安置点和楼栋</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>read party records</source>
        <translation>查看党建信息</translation>
    </message>
    <message>
        <source>change party records</source>
        <translation>修改党建信息</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>修改本单位设置</translation>
    </message>
    <message>
        <source>move the database onto a server</source>
        <translation>将数据库迁移到服务器</translation>
    </message>
    <message>
        <source>%1 works on some sites only and may not %2 for the whole office; choose one of those sites.</source>
        <translation>%1 只负责部分安置点，无权为全部安置点%2；请选择其负责的安置点。</translation>
    </message>
    <message>
        <source>repair the database&apos;s triggers</source>
        <translation>修复数据库触发器</translation>
    </message>
    <message>
        <source>upgrade the database to this version of Anju</source>
        <translation>把数据库升级到本版本的安居</translation>
    </message>
    <message>
        <source>read the office&apos;s rule settings</source>
        <translation>查看本单位的规则设置</translation>
    </message>
    <message>
        <source>read grids, visits and cases</source>
        <translation>查看网格、走访和事件</translation>
    </message>
    <message>
        <source>read income checks, monitoring households and the safety net</source>
        <translation>查看收支核查、监测户和兜底保障</translation>
    </message>
    <message>
        <source>change income checks, monitoring households and the safety net</source>
        <translation>修改收支核查、监测户和兜底保障</translation>
    </message>
    <message>
        <source>change pairings, visits and cases</source>
        <translation>修改结对、走访和网格事件</translation>
    </message>
    <message>
        <source>draw grids, name or end their staff and hand a worker&apos;s households over</source>
        <translation>划分网格、安排或结束网格人员、办理人员移交</translation>
    </message>
    <message>
        <source>read employment, training and industry support</source>
        <translation>查看就业、培训和产业帮扶</translation>
    </message>
    <message>
        <source>change employment, training and industry support</source>
        <translation>修改就业、培训和产业帮扶</translation>
    </message>
</context>
<context>
    <name>anju::PersonSearchBox</name>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation>姓名、身份证号或户编号，然后按回车</translation>
    </message>
    <message>
        <source>%1 · %2 · born %3 · household %4, %5</source>
        <translation>%1 · %2 · %3 年生 · 户编号 %4，%5</translation>
    </message>
    <message>
        <source>No person on file found.</source>
        <translation>未找到在册人员。</translation>
    </message>
</context>
<context>
    <name>anju::PostgresUrl</name>
    <message>
        <source>%1 is not a PostgreSQL location; write it as postgresql://user@host:port/database.</source>
        <translation>%1 不是 PostgreSQL 数据库地址，请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The PostgreSQL location %1 names no database; add it after the port, as in postgresql://user@host:5432/anju.</source>
        <translation>PostgreSQL 地址 %1 中没有数据库名，请写在端口之后，例如 postgresql://user@host:5432/anju。</translation>
    </message>
    <message>
        <source>Unknown connection option &quot;%1&quot; in %2.</source>
        <translation>%2 中的连接选项“%1”无法识别。</translation>
    </message>
</context>
<context>
    <name>anju::ProjectDialog</name>
    <message>
        <source>Change the project</source>
        <translation>修改项目</translation>
    </message>
    <message>
        <source>New industry project</source>
        <translation>新建产业项目</translation>
    </message>
    <message>
        <source>e.g. 安置点食用菌基地</source>
        <translation>例如：安置点食用菌基地</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>全单位</translation>
    </message>
    <message>
        <source>the company or cooperative running it</source>
        <translation>负责运营的企业或合作社</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>资产折股量化: the shares the assets are divided into</source>
        <translation>资产折股量化：资产折成的总股数</translation>
    </message>
    <message>
        <source>The first day it no longer runs; leave empty while it runs</source>
        <translation>从这天起不再运营；仍在运营则留空</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>带动模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>安置点(&amp;T)：</translation>
    </message>
    <message>
        <source>Run b&amp;y:</source>
        <translation>经营主体(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Investment:</source>
        <translation>投资额(&amp;I)：</translation>
    </message>
    <message>
        <source>Total s&amp;hares:</source>
        <translation>总股数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Began on:</source>
        <translation>开始日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>anju::ProjectModel</name>
    <message>
        <source>%1 (%2 shares)</source>
        <translation>%1（%2 股）</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>全单位</translation>
    </message>
    <message>
        <source>%1 — run by %2, at %3</source>
        <translation>%1 — 经营主体：%2，地点：%3</translation>
    </message>
    <message>
        <source>Beneficiaries of %1</source>
        <translation>%1 年的受益情况</translation>
    </message>
    <message>
        <source>Beneficiaries of every year, each household once</source>
        <translation>全部年份的受益情况，每户只计一次</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>带动模式</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Investment (yuan)</source>
        <translation>投资额（元）</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>受益户数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>股数</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>发放金额（元）</translation>
    </message>
</context>
<context>
    <name>anju::RejectedRowsSaving</name>
    <message>
        <source>%1 (errors)</source>
        <translation>%1（错误清单）</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
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
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Households and people</source>
        <translation>户数人口</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员队伍</translation>
    </message>
    <message>
        <source>Counted by the branch each member belonged to at the month&apos;s end (applicants to full members in a normal or mobile state). With many branches only the largest are drawn. Hover over a bar for its number.</source>
        <translation>按月末所在党支部统计（入党申请人至正式党员，状态正常或流动）。党支部较多时只列人数最多的几个。鼠标停在条形上可看人数。</translation>
    </message>
    <message>
        <source>The monthly summary was saved as PDF: %1</source>
        <translation>月度汇总已保存为 PDF：%1</translation>
    </message>
    <message>
        <source>The monthly summary was saved as Excel: %1</source>
        <translation>月度汇总已保存为 Excel：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Income and monitoring</source>
        <translation>收支与监测</translation>
    </message>
    <message>
        <source>Flagged: a check of the month below the monitoring line, with a drop or with a large expense. Income bands of the households checked in the month.</source>
        <translation>预警户：当月核查人均纯收入低于监测标准、收入骤减或有大额支出的户。收入分布为当月已核查户。</translation>
    </message>
</context>
<context>
    <name>anju::ReportingUnitField</name>
    <message>
        <source>When empty, a site&apos;s summary names the site</source>
        <translation>不填时，安置点的报表以安置点名称为填报单位</translation>
    </message>
    <message>
        <source>Printed as the reporting unit above the monthly summary (PDF, print and Excel). Saved when you leave the field or press Enter; Esc goes back to the saved name.</source>
        <translation>打印在月度汇总表头的“填报单位”（PDF、打印和Excel）。离开此栏或按回车即保存；按Esc恢复已保存的名称。</translation>
    </message>
    <message>
        <source>Reporting &amp;unit:</source>
        <translation>填报单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Only an administrator or the manager changes the reporting unit.</source>
        <translation>只有管理员或负责人可以修改填报单位。</translation>
    </message>
    <message>
        <source>Reporting unit cleared: each site&apos;s summary names the site.</source>
        <translation>已清空填报单位：安置点的报表以安置点名称为填报单位。</translation>
    </message>
    <message>
        <source>Reporting unit saved: %1</source>
        <translation>填报单位已保存：%1</translation>
    </message>
</context>
<context>
    <name>anju::ReviewModel</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>anju::ReviewPanel</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Nothing is due or overdue this month.</source>
        <translation>本月没有到期或逾期的事项。</translation>
    </message>
    <message>
        <source>&amp;Act on it…</source>
        <translation>办理(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the record of the selected row to act on it (Enter)</source>
        <translation>打开所选事项的档案进行办理（Enter）</translation>
    </message>
    <message>
        <source>Rows are computed from the records as they stood at the end of the month.</source>
        <translation>按各项记录在月末时的状况计算。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) to do, %2 overdue</source>
        <translation>
            <numerusform>%1：待办 %n 项，其中逾期 %2 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) to do</source>
        <translation>
            <numerusform>%1：待办 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;political status from the party record</source>
        <translation>按党员档案更正政治面貌(&amp;P)</translation>
    </message>
    <message>
        <source>Write the member&apos;s stage (full or probationary member) into the household register; to correct the party record instead, act on the row</source>
        <translation>把党员档案中的身份（正式党员或预备党员）写入户籍登记的政治面貌；如要改正党员档案，请办理这一行</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
</context>
<context>
    <name>anju::Roles</name>
    <message>
        <source>Clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation>党务</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
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
    <message>
        <source>Name or household number</source>
        <translation>姓名或户编号</translation>
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
    <message>
        <source>Head of household: %1
Found by the search: %2</source>
        <translation>户主：%1
搜索找到的成员：%2</translation>
    </message>
</context>
<context>
    <name>anju::SafetyNetChangeDialog</name>
    <message>
        <source>Change the monthly amount</source>
        <translation>调整每月金额</translation>
    </message>
    <message>
        <source>End the enrolment</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>%1, %2: %3 yuan a month since %4</source>
        <translation>%1，%2：自 %4 起每月 %3 元</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>e.g. income above the standard, moved away, died</source>
        <translation>例如：收入超过标准、迁出、去世</translation>
    </message>
    <message>
        <source>&amp;New amount:</source>
        <translation>新金额(&amp;N)：</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>执行日期(&amp;F)：</translation>
    </message>
    <message>
        <source>The first day the enrolment no longer holds</source>
        <translation>从这天起不再享受</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>停止日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save amount</source>
        <translation>保存金额(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>停发(&amp;E)</translation>
    </message>
    <message>
        <source>End %1&apos;s enrolment on %2? From that day it no longer holds.</source>
        <translation>于 %2 停发%1的兜底保障？从这天起不再享受。</translation>
    </message>
</context>
<context>
    <name>anju::SafetyNetEnrolDialog</name>
    <message>
        <source>Enrol in the safety net</source>
        <translation>登记兜底保障</translation>
    </message>
    <message>
        <source>Record why not enrolled</source>
        <translation>记录不纳入的原因</translation>
    </message>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation>姓名、身份证号或户编号，输入后按回车</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Paid &amp;once (one-off relief)</source>
        <translation>一次性发放（临时救助）(&amp;O)</translation>
    </message>
    <message>
        <source>The first day it no longer holds; leave empty while it holds</source>
        <translation>从这天起不再有效；一直有效则留空</translation>
    </message>
    <message>
        <source>e.g. approval number</source>
        <translation>例如：审批文号</translation>
    </message>
    <message>
        <source>e.g. income above the 低保 standard, supported by family</source>
        <translation>例如：收入超过低保标准、由子女赡养</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>项目(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>开始日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Holds f&amp;rom:</source>
        <translation>起始日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>截止(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登记(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save reason</source>
        <translation>保存原因(&amp;S)</translation>
    </message>
    <message>
        <source>%1 · household %2 · %3</source>
        <translation>%1 · 户 %2 · %3</translation>
    </message>
</context>
<context>
    <name>anju::SafetyNetTab</name>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation>项目(&amp;C)：</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>安置点(&amp;T)：</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why not enrolled</source>
        <translation>不纳入的原因</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>登记(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;amount…</source>
        <translation>调整金额(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>停发(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Record reason…</source>
        <translation>记录原因(&amp;R)…</translation>
    </message>
    <message>
        <source>End rea&amp;son…</source>
        <translation>结束原因(&amp;S)…</translation>
    </message>
    <message>
        <source>Recorded reasons for not enrolling (应兜尽兜 exemptions):</source>
        <translation>已记录的不纳入原因（应兜尽兜豁免）：</translation>
    </message>
    <message>
        <source>%1: %2 people, %3 yuan a month, %4 yuan one-off</source>
        <translation>%1：%2 人，每月 %3 元，一次性 %4 元</translation>
    </message>
    <message>
        <source>%1: %2 people, %3 yuan a month</source>
        <translation>%1：%2 人，每月 %3 元</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 (one-off)</source>
        <translation>%1（一次性）</translation>
    </message>
    <message>
        <source>Change the monthly amount</source>
        <translation>调整每月金额</translation>
    </message>
    <message>
        <source>Choose a monthly enrolment in the list first.</source>
        <translation>请先在名单中选中一条按月发放的保障。</translation>
    </message>
    <message>
        <source>End the enrolment</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>End the reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Choose a reason in the list first.</source>
        <translation>请先在列表中选中一条原因。</translation>
    </message>
    <message>
        <source>End the reason recorded for %1 on %2? From that day %1 may be a 应兜尽兜 finding again.</source>
        <translation>于 %2 结束为%1记录的原因？从这天起%1可能重新列入应兜尽兜清单。</translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation>兜底保障</translation>
    </message>
</context>
<context>
    <name>anju::ServerConnectionDialog</name>
    <message>
        <source>Shared server</source>
        <translation>共享服务器</translation>
    </message>
    <message>
        <source>When several desks share one database, it lives on the office&apos;s PostgreSQL server. Ask whoever runs the server for these details.</source>
        <translation>多台电脑共用一个数据库时，数据库放在单位的 PostgreSQL 服务器上。以下信息请向服务器管理员索取。</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <source>Asked at every start; never saved</source>
        <translation>每次启动时询问，不会保存</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate checked</source>
        <translation>加密并校验服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted (this computer or a closed network only)</source>
        <translation>不加密（仅限本机或内部网络）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密方式(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>使用此服务器(&amp;U)</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name.</source>
        <translation>请填写服务器、数据库和用户名。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Anju opens %1 from its next start on.</source>
        <translation>下次启动起，安居将打开 %1。</translation>
    </message>
</context>
<context>
    <name>anju::ServerRoles</name>
    <message>
        <source>Cannot give the database to its owner role %1 (run this with a login that may create roles and owns the database, or the postgres superuser): %2</source>
        <translation>无法把数据库交给其属主角色 %1（请用可创建角色并拥有该数据库的登录账号，或 postgres 超级用户运行）：%2</translation>
    </message>
    <message>
        <source>Server logins exist only for a database on a PostgreSQL server.</source>
        <translation>只有 PostgreSQL 服务器上的数据库才有服务器登录账号。</translation>
    </message>
    <message>
        <source>A server login&apos;s name is lower-case letters, digits and _ (not first), at most 63: %1</source>
        <translation>服务器登录账号名只能由小写字母、数字和 _ 组成（不能以数字开头），最长 63 个字符：%1</translation>
    </message>
    <message>
        <source>A server login needs a password.</source>
        <translation>服务器登录账号需要密码。</translation>
    </message>
    <message>
        <source>%1 is one of the database&apos;s own roles.</source>
        <translation>%1 是数据库自身的角色。</translation>
    </message>
    <message>
        <source>The database is not yet owned by its owner role %1: run anju-cli init with the administrator&apos;s server login first.</source>
        <translation>数据库尚未归属主角色 %1 所有：请先用管理员的服务器登录账号运行 anju-cli init。</translation>
    </message>
    <message>
        <source>%1 can act as the owner or manage the server; a desk must log in with a login of no other power.</source>
        <translation>%1 能以属主身份操作或管理服务器；工作站只应使用没有其他权限的登录账号。</translation>
    </message>
    <message>
        <source>Cannot make the server login %1: %2</source>
        <translation>无法创建服务器登录账号 %1：%2</translation>
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
    <message>
        <source>Shared &amp;server…</source>
        <translation>共享服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the office&apos;s shared PostgreSQL database instead of this computer&apos;s file</source>
        <translation>改为打开单位共享的 PostgreSQL 数据库，而不是本机的数据库文件</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;file</source>
        <translation>本机数据库文件(&amp;F)</translation>
    </message>
    <message>
        <source>From the next start on, Anju opens %1.</source>
        <translation>下次启动起，安居将打开 %1。</translation>
    </message>
</context>
<context>
    <name>anju::SharedSnapshot</name>
    <message>
        <source>The database could not hold one moment for the summary: %1</source>
        <translation>数据库无法为汇总固定同一时刻的数据：%1</translation>
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
        <source>Meets the &amp;five connections and three improvements (五通三化)</source>
        <translation>已达到“五通三化”(&amp;F)</translation>
    </message>
    <message>
        <source>Water, power, road, broadband and gas connected; roads hardened, greened and lit</source>
        <translation>通水、通电、通路、通网、通气，道路硬化、绿化、亮化</translation>
    </message>
    <message>
        <source>e.g. Xinhe Community</source>
        <translation>例如：新河社区</translation>
    </message>
    <message>
        <source>&amp;Village or community:</source>
        <translation>所在村（社区）(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>anju::SiteTeamsPanel</name>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Work team now</source>
        <translation>现驻村工作队</translation>
    </message>
    <message>
        <source>First secretary now</source>
        <translation>现任第一书记</translation>
    </message>
    <message>
        <source>&amp;Work team…</source>
        <translation>驻村工作队(&amp;W)…</translation>
    </message>
    <message>
        <source>Open or send the work team of the selected site</source>
        <translation>查看或选派所选安置点的驻村工作队</translation>
    </message>
    <message>
        <source>&amp;First secretary…</source>
        <translation>第一书记(&amp;F)…</translation>
    </message>
    <message>
        <source>Open or send the first secretary of the selected site</source>
        <translation>查看或选派所选安置点的第一书记</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (dispatching unit)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>%1 sites: %2 without a work team, %3 without a first secretary.</source>
        <translation>共 %1 个安置点：%2 个无驻村工作队，%3 个无第一书记。</translation>
    </message>
    <message>
        <source>%1 – through the village or community</source>
        <translation>%1 – 经所在村（社区）派驻</translation>
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
    <message>
        <source>Your role may look at the sites and buildings but not change them; the manager or an administrator edits them.</source>
        <translation>您的角色可以查看安置点和楼栋，但不能修改；如需修改，请联系负责人或管理员。</translation>
    </message>
</context>
<context>
    <name>anju::StaffDialog</name>
    <message>
        <source>Add grid staff</source>
        <translation>添加网格人员</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Building or unit:</source>
        <translation>楼栋或单元(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>人员(&amp;W)：</translation>
    </message>
    <message>
        <source>Serves &amp;from:</source>
        <translation>任职起始日(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>anju::StaffPanel</name>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident or cadre</source>
        <translation>居民或外来干部</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Serving since</source>
        <translation>任职起始</translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;End service…</source>
        <translation>结束任职(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>移交(&amp;H)…</translation>
    </message>
    <message>
        <source>The chosen staff member&apos;s pairings and open visit tasks go to a successor in one action, and their service ends</source>
        <translation>将所选人员的结对和未完成走访任务一次移交给接替人，其任职随之结束</translation>
    </message>
    <message>
        <source>Building / unit</source>
        <translation>楼栋 / 单元</translation>
    </message>
    <message>
        <source>Hand over &amp;pairings…</source>
        <translation>结对移交(&amp;P)…</translation>
    </message>
    <message>
        <source>A cadre&apos;s or party member&apos;s pairings with the grid&apos;s households, and their open visit tasks, go to a successor in one action</source>
        <translation>将一名干部或党员与本网格住户的结对及其未完成走访任务一次移交给接任者</translation>
    </message>
</context>
<context>
    <name>anju::StaffPersonBox</name>
    <message>
        <source>A &amp;resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <source>An &amp;outside cadre</source>
        <translation>外来干部(&amp;O)</translation>
    </message>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation>姓名、身份证号或户号，然后按回车</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>%1 · %2 · household %3, %4</source>
        <translation>%1 · %2 · 户号 %3，%4</translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation>未找到居民。</translation>
    </message>
</context>
<context>
    <name>anju::StageTimeline</name>
    <message>
        <source>Step</source>
        <translation>发展步骤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Extended by %n month(s)</source>
        <translation>
            <numerusform>延长 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Rule set aside: %1 Reason: %2</source>
        <translation>未按规定：%1 理由：%2</translation>
    </message>
    <message>
        <source>Talk due</source>
        <translation>应谈话</translation>
    </message>
    <message>
        <source>The branch talks with the applicant within one month</source>
        <translation>党组织应在一个月内派人谈话</translation>
    </message>
    <message>
        <source>Can become a development target</source>
        <translation>可确定为发展对象</translation>
    </message>
    <message>
        <source>After at least one year of cultivation</source>
        <translation>培养考察满一年后</translation>
    </message>
    <message>
        <source>Conversion due</source>
        <translation>预备期满应讨论转正</translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation>已延长预备期</translation>
    </message>
    <message>
        <source>One year of probation</source>
        <translation>预备期一年</translation>
    </message>
    <message>
        <source>Entered from records (据档案补录): %1</source>
        <translation>据档案补录：%1</translation>
    </message>
</context>
<context>
    <name>anju::SummaryDocument</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
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
    <name>anju::SupportPage</name>
    <message>
        <source>Monitoring households</source>
        <translation>监测户</translation>
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
    <name>anju::TrainingTab</name>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>安置点(&amp;T)：</translation>
    </message>
    <message>
        <source>Title, trade or organiser</source>
        <translation>班名、工种或举办单位</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>新建培训班(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Enrol people…</source>
        <translation>录入参训人员(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;outcomes…</source>
        <translation>记录结业(&amp;O)…</translation>
    </message>
    <message>
        <source>Completed (with certificate numbers) or dropped, for the chosen people</source>
        <translation>为选中的人员记录结业（含证书编号）或中途退出</translation>
    </message>
    <message>
        <source>Re&amp;move enrolment</source>
        <translation>移除报名(&amp;M)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>培训结果</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>出勤课时</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation>按回车或双击打开这一户的档案。</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>共 %n 个培训班</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a course to see its people.</source>
        <translation>选择一个培训班，查看其参训人员。</translation>
    </message>
    <message>
        <source>%1: %2 enrolled, %3 completed, %4 certificates, %5 dropped</source>
        <translation>%1：报名 %2 人，结业 %3 人，发证 %4 人，中途退出 %5 人</translation>
    </message>
    <message>
        <source>%1 person-times</source>
        <translation>%1 人次</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>chart axis: month, e.g. 10月</comment>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Training person-times 人次 by month of %1: %2 in all</source>
        <translation>%1 年各月培训人次：全年合计 %2</translation>
    </message>
    <message>
        <source>Change the course</source>
        <translation>修改培训班</translation>
    </message>
    <message>
        <source>Choose a course in the list first.</source>
        <translation>请先在名单中选中一个培训班。</translation>
    </message>
    <message>
        <source>Enrol people</source>
        <translation>录入参训人员</translation>
    </message>
    <message>
        <source>Record the outcomes</source>
        <translation>记录结业</translation>
    </message>
    <message>
        <source>Choose the people in the course&apos;s list first (Ctrl+A: everyone).</source>
        <translation>请先在培训班的参训人员名单中选中人员（Ctrl+A 全选）。</translation>
    </message>
    <message>
        <source>Remove the enrolment</source>
        <translation>移除报名</translation>
    </message>
    <message>
        <source>Choose one person in the course&apos;s list first.</source>
        <translation>请先在参训人员名单中选中一个人。</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Do this only for an enrolment entered by mistake; someone who left the course is recorded as dropped.</source>
        <translation>移除%1在%2的报名？只有录错的报名才能移除；中途离开的人请记为中途退出。</translation>
    </message>
</context>
<context>
    <name>anju::TransferDialog</name>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>member (stage, organisation)</comment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>the other organisation, as written on the letter</source>
        <translation>按介绍信填写对方党组织</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>转接方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>党员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Our organisation:</source>
        <translation>本方党组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Other &amp;unit:</source>
        <translation>对方党组织(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Letter no.:</source>
        <translation>介绍信编号(&amp;L)：</translation>
    </message>
    <message>
        <source>Letter &amp;dated:</source>
        <translation>介绍信日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>办结日期(&amp;C)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Com&amp;plete transfer</source>
        <translation>办结转接(&amp;P)</translation>
    </message>
    <message>
        <source>The receipt is back or the member has arrived: the member leaves or joins the branch on the completion date</source>
        <translation>回执已返回或党员已报到：党员自办结日期起转出或转入本支部</translation>
    </message>
    <message>
        <source>New transfer of organisational relations</source>
        <translation>新建组织关系转接</translation>
    </message>
    <message>
        <source>Transfer – %1</source>
        <translation>组织关系转接 – %1</translation>
    </message>
</context>
<context>
    <name>anju::TransfersPanel</name>
    <message>
        <source>&amp;Pending only</source>
        <translation>只看未办结(&amp;P)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation>对方党组织</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation>介绍信日期</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>&amp;New transfer…</source>
        <translation>新建转接(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未办结</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s), %1 pending</source>
        <translation>
            <numerusform>共 %n 件，未办结 %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::TransitionBox</name>
    <message>
        <source>Record a step</source>
        <translation>办理下一步</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>e.g. decided by the branch general meeting on …</source>
        <translation>例如：经某月某日支部党员大会讨论决定</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>步骤(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>E&amp;xtended by:</source>
        <translation>延长(&amp;X)：</translation>
    </message>
    <message>
        <source>This step breaks the rule shown above. If the branch decided to take it all the same, write the reason: it is kept with the step in the history.</source>
        <translation>这一步不符合上面所示的规定。如经支部研究确需办理，请填写理由，理由将随该步骤记入发展历程。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Record ste&amp;p</source>
        <translation>登记(&amp;P)</translation>
    </message>
    <message>
        <source>A full member: the development is complete.</source>
        <translation>已是正式党员，发展程序已完成。</translation>
    </message>
    <message>
        <source>No step can be recorded in this state.</source>
        <translation>当前状态下不能办理发展步骤。</translation>
    </message>
    <message>
        <source>Write the reason for setting the rule aside.</source>
        <translation>请填写不按规定办理的理由。</translation>
    </message>
    <message>
        <source>Appro&amp;ved on:</source>
        <translation>批准日期(&amp;V)：</translation>
    </message>
    <message>
        <source>The day the higher party committee approved the conversion</source>
        <translation>上级党委批准转正的日期</translation>
    </message>
    <message>
        <source>Branch &amp;meeting on:</source>
        <translation>支部大会日期(&amp;M)：</translation>
    </message>
    <message>
        <source>The day the branch general meeting voted for the conversion</source>
        <translation>支部党员大会讨论通过转正的日期</translation>
    </message>
    <message>
        <source>Convert to full member</source>
        <translation>转为正式党员</translation>
    </message>
    <message>
        <source>Entered from paper records (据档案补录)</source>
        <translation>据档案补录</translation>
    </message>
    <message>
        <source>For a step taken long ago and entered now from the member&apos;s file; the reason names the records. Live steps cannot break the age or cultivation rule.</source>
        <translation>用于早年已办、现据党员档案补录的步骤；理由中写明所据档案。新办理的步骤不得违反年龄和培养期的规定。</translation>
    </message>
    <message>
        <source>This rule has no exceptions. Only a step entered from old paper records may break it: tick &quot;Entered from paper records&quot; and name them.</source>
        <translation>此规定没有例外。只有据档案补录的步骤可以不符合：请勾选“据档案补录”并写明所据档案。</translation>
    </message>
    <message>
        <source>Convert %1 to a full member?

Stage: %2 → %3
Branch general meeting: %4
Approved by the higher committee: %5
Probation ends: %6
Party standing counts from: %7 (the end of probation, whatever day the meeting was)

The step is recorded at once and kept in the member&apos;s history.</source>
        <translation>将 %1 转为正式党员？

阶段：%2 → %3
支部党员大会：%4
上级党委批准：%5
预备期满：%6
党龄起算：%7（从预备期满之日起算，不论支部党员大会何日召开）

确认后立即记录，并保存在该党员的发展历程中。</translation>
    </message>
</context>
<context>
    <name>anju::TransportBatchDialog</name>
    <message>
        <source>Point-to-point transport batch</source>
        <translation>点对点输送批次</translation>
    </message>
    <message>
        <source>e.g. 广东</source>
        <translation>例如：广东</translation>
    </message>
    <message>
        <source>e.g. 东莞</source>
        <translation>例如：东莞</translation>
    </message>
    <message>
        <source>e.g. chartered coach, train</source>
        <translation>例如：包车、专列</translation>
    </message>
    <message>
        <source>as listed</source>
        <translation>按名单人数</translation>
    </message>
    <message>
        <source>Everyone carried, people of other sites too; at least the people listed</source>
        <translation>本批输送的总人数，含其他安置点的人员；不少于名单人数</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>从名单移除(&amp;M)</translation>
    </message>
    <message>
        <source>Left &amp;from:</source>
        <translation>出发安置点(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Departed on:</source>
        <translation>出发日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>去向省份(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>去向城市(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>交通方式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>组织单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>总人数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>务工单位(&amp;E)：</translation>
    </message>
    <message>
        <source>Monthly in&amp;come:</source>
        <translation>月收入(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>劳务经纪人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Add person:</source>
        <translation>添加人员(&amp;A)：</translation>
    </message>
    <message>
        <source>Type an ID number and press Enter; a name: Enter to search, Enter again to add.</source>
        <translation>输入身份证号后按回车；输入姓名时：按回车查找，再按一次回车添加。</translation>
    </message>
    <message>
        <source>&amp;Save batch</source>
        <translation>保存批次(&amp;S)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the site on the batch</source>
        <translation>
            <numerusform>本批次中本安置点人员共 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Enters and corrects the households of their sites and imports rosters.</source>
        <translation>录入和更正所负责安置点的住户信息，导入花名册。</translation>
    </message>
    <message>
        <source>Reads the registry with ID numbers and phones masked; does the party work.</source>
        <translation>查看登记信息（身份证号和电话部分隐藏），负责党建工作。</translation>
    </message>
    <message>
        <source>Reads everything, exports, edits sites, backs up and reads the audit trail.</source>
        <translation>查看全部信息，导出，维护安置点，备份，查看操作日志。</translation>
    </message>
    <message>
        <source>Everything, and manages the users and restores backups.</source>
        <translation>全部权限，并管理用户、从备份恢复。</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>At least %1 characters, of two kinds</source>
        <translation>至少 %1 个字符，包含两类字符</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>负责安置点：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Tick the user&apos;s sites, or Every site.</source>
        <translation>请勾选该用户负责的安置点，或选择“全部安置点”。</translation>
    </message>
</context>
<context>
    <name>anju::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>负责安置点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (tell it to them in person):</source>
        <translation>%1 的新密码（请当面告知本人）：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>anju::VisitPlanPanel</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（PgUp）</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（PgDn）</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应访</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已访</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>逾期补访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未访</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待访</translation>
    </message>
    <message>
        <source>Done share</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>应访起始</translation>
    </message>
    <message>
        <source>Overdue after</source>
        <translation>最迟走访</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <source>Register &amp;must-attend…</source>
        <translation>登记必到事项(&amp;M)…</translation>
    </message>
    <message>
        <source>三必到: an emergency, discontent or a family dispute in a household</source>
        <translation>三必到：住户有突发事情、不满情绪或家庭纠纷</translation>
    </message>
    <message>
        <source>Make this month&apos;s &amp;plan</source>
        <translation>生成本月计划(&amp;P)</translation>
    </message>
    <message>
        <source>四必访: make the visits of every target due by the month&apos;s end</source>
        <translation>四必访：为每个走访对象生成本月底前应完成的走访</translation>
    </message>
    <message>
        <source>These households have neither a pairing partner nor a grid worker.</source>
        <translation>这些住户既没有结对帮扶人，也没有网格员。</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>无应访</translation>
    </message>
    <message>
        <source>%1 due, %2 done, %3 overdue</source>
        <translation>应访 %1，已访 %2，逾期未访 %3</translation>
    </message>
    <message numerus="yes">
        <source>Tasks of %1 (%n)</source>
        <translation>
            <numerusform>%1 的走访任务（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>三必到: %1</source>
        <translation>三必到：%1</translation>
    </message>
    <message>
        <source>四必访: %1</source>
        <translation>四必访：%1</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>(the household)</source>
        <translation>（全户）</translation>
    </message>
    <message>
        <source>Choose an open task in the list.</source>
        <translation>请在列表中选择一项未完成的任务。</translation>
    </message>
    <message>
        <source>Must-attend task registered for household %1, to be attended by %2.</source>
        <translation>已为住户 %1 登记必到事项，须在 %2 前到场。</translation>
    </message>
    <message>
        <source>Make the month&apos;s plan</source>
        <translation>生成本月计划</translation>
    </message>
    <message>
        <source>Make the 四必访 visits due by the end of %1 for every target of the office? Visits already planned are not made again.</source>
        <translation>为全办公室的走访对象生成 %1 月底前应完成的四必访任务吗？已生成的任务不会重复生成。</translation>
    </message>
    <message>
        <source>Every visit due by the end of %1 was already planned.</source>
        <translation>%1 月底前应完成的走访均已生成，没有新增任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit task(s) made for %1.</source>
        <translation>
            <numerusform>已为 %1 生成 %n 项走访任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks this month. Make the month&apos;s plan to list its visits; visits missed in earlier months are in the findings and on the visit sheet.</source>
        <translation>本月没有走访任务，生成本月计划后在此列出；往月没有走到的在“问题清单”里，走访单上也会列出。</translation>
    </message>
</context>
<context>
    <name>anju::VisitQuickEntryDialog</name>
    <message>
        <source>Quick entry of visits</source>
        <translation>快速录入走访</translation>
    </message>
    <message>
        <source>Type or scan the code of a row of the visit sheet and press Enter; save the visit with Ctrl+Enter and the next code can follow.</source>
        <translation>输入或扫描走访表上某一行的编码并按回车；用 Ctrl+Enter 保存走访后即可录入下一条。</translation>
    </message>
    <message>
        <source>e.g. V5724</source>
        <translation>例如 V5724</translation>
    </message>
    <message>
        <source>A saved visit cannot be taken back here: this version keeps no way to delete a visit. Check each one before Ctrl+Enter.</source>
        <translation>已保存的走访无法在此撤销：本版本尚不能删除走访记录。请在按 Ctrl+Enter 前核对每一条。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Entered in this sitting:</source>
        <translation>本次已录入：</translation>
    </message>
    <message>
        <source>%1  %2 %3  visited %4</source>
        <translation>%1  %2 %3  走访于 %4</translation>
    </message>
</context>
<context>
    <name>anju::VisitRecordDialog</name>
    <message>
        <source>Record the visit %1</source>
        <translation>录入走访 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; %3&lt;br&gt;%4: %5, from %6 to %7</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; %3&lt;br&gt;%4：%5，%6 至 %7</translation>
    </message>
    <message>
        <source>the cadre&apos;s name, when not on the list</source>
        <translation>不在列表中的干部，请填写姓名</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>what you saw and heard</source>
        <translation>所见所闻</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>走访日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Who went:</source>
        <translation>走访人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Saw:</source>
        <translation>见到谁(&amp;S)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>事由(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>发现情况(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ollow-up:</source>
        <translation>后续事项(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>保存(&amp;S)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Another cadre (name below)</source>
        <translation>其他干部（在下方填写姓名）</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>录入走访</translation>
    </message>
</context>
<context>
    <name>anju::VisitSheetDialog</name>
    <message>
        <source>Print the visit sheet</source>
        <translation>打印走访表</translation>
    </message>
    <message>
        <source>A &amp;worker&apos;s:</source>
        <translation>按走访人(&amp;W)：</translation>
    </message>
    <message>
        <source>A &amp;building&apos;s:</source>
        <translation>按楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>visit sheet %1 %2.pdf</source>
        <translation>走访表 %1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>anju::VisitSheetDocument</name>
    <message>
        <source>this task</source>
        <translation>本任务</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>(no dwelling)</source>
        <translation>（无住房）</translation>
    </message>
    <message>
        <source>%1: %2, from %3 to %4 (overdue after)   Last visit: %5</source>
        <translation>%1：%2，%3 至 %4（之后逾期）   上次走访：%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>To see: %1</source>
        <translation>走访对象：%1</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>走访表</translation>
    </message>
    <message>
        <source>%1 visit sheet</source>
        <translation>%1 走访表</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>For: %1   Month: %2   Made: %3   Rows: %4</source>
        <translation>走访人/楼栋：%1   月份：%2   制表日期：%3   条数：%4</translation>
    </message>
    <message>
        <source>   Grid: %1</source>
        <translation>   网格：%1</translation>
    </message>
    <message>
        <source>★ must-visit family (四必访). Fill in each visit by hand; enter it by the row&apos;s code on the quick-entry screen.</source>
        <translation>★ 为四必访家庭。每次走访请手工填写，回来后在“快速录入”中按本行编码录入。</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Visit date:</source>
        <translation>走访日期：</translation>
    </message>
    <message>
        <source>Saw:</source>
        <translation>见到谁：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>发现情况：</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>后续事项：</translation>
    </message>
    <message>
        <source>Visit sheet %1: %2</source>
        <translation>走访表 %1：%2</translation>
    </message>
    <message>
        <source>No open visit tasks on this sheet.</source>
        <translation>本表没有待办的走访任务。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>anju::WishAbsenceDialog</name>
    <message>
        <source>Record a wish</source>
        <translation>登记意愿</translation>
    </message>
    <message>
        <source>Record why not working</source>
        <translation>登记未就业原因</translation>
    </message>
    <message>
        <source>e.g. in the county, 广东</source>
        <translation>例如：县内、广东</translation>
    </message>
    <message>
        <source>What work, which trade, what business</source>
        <translation>想干什么工作、学什么工种、创什么业</translation>
    </message>
    <message>
        <source>e.g. caring for a parent</source>
        <translation>例如：照顾父母</translation>
    </message>
    <message>
        <source>The pairing cadre who asked</source>
        <translation>询问意愿的结对帮扶干部</translation>
    </message>
    <message>
        <source>The first day it no longer holds; leave empty while it holds</source>
        <translation>从这天起原因不再有效；原因仍然有效时留空</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Wish:</source>
        <translation>意愿类型(&amp;W)：</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>意向地点(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>具体内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Collected on:</source>
        <translation>登记日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Collected &amp;by:</source>
        <translation>收集人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Holds f&amp;rom:</source>
        <translation>起始日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Save wish</source>
        <translation>保存意愿(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save reason</source>
        <translation>保存原因(&amp;S)</translation>
    </message>
</context>
<context>
    <name>anju::WorkFindingsTab</name>
    <message>
        <source>Work findings</source>
        <translation>就业核查</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>安置点(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Trade wished for</source>
        <translation>想学工种</translation>
    </message>
    <message>
        <source>Wished on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>已等天数</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>在岗人员</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Weak labour waiting</source>
        <translation>在等的弱劳动力</translation>
    </message>
    <message>
        <source>Last job ended</source>
        <translation>上一份工作结束日期</translation>
    </message>
    <message>
        <source>Pairing cadre</source>
        <translation>结对帮扶干部</translation>
    </message>
    <message>
        <source>应培尽培: people whose training wish has waited the set days with no course offered since (settings: training_wish_days).</source>
        <translation>应培尽培：登记培训意愿已满设定天数、此后仍未安排任何培训的人（设置：training_wish_days）。</translation>
    </message>
    <message>
        <source>应培尽培</source>
        <translation>应培尽培</translation>
    </message>
    <message>
        <source>公益岗位 go first to weak labour: posts held by ordinary or skilled labour while weak-labour people of the site wait, not employed, with a wish to work and no recorded reason.</source>
        <translation>公益岗位优先安置弱劳动力：岗位由普通或技能劳动力担任，而本安置点还有弱劳动力在等——没有工作、登记了就业意愿、也没有未就业原因。</translation>
    </message>
    <message>
        <source>Public posts</source>
        <translation>公益岗位</translation>
    </message>
    <message>
        <source>Idle labour: people of working age with labour capacity, no job for the set months and no recorded reason; for the household&apos;s pairing cadre.</source>
        <translation>无业劳动力：劳动年龄内、有劳动能力，已满设定月数没有工作、也没有未就业原因的人；交由该户的结对帮扶干部走访。</translation>
    </message>
    <message>
        <source>Idle labour</source>
        <translation>无业劳动力</translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation>按回车或双击打开这一户的档案。</translation>
    </message>
    <message>
        <source>(no trade named)</source>
        <translation>（未填写工种）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a waiting person: name (household number)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(no post named)</source>
        <translation>（未填写岗位名称）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no job recorded</source>
        <translation>没有就业记录</translation>
    </message>
    <message>
        <source>(no pairing cadre)</source>
        <translation>（无结对帮扶干部）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>应培尽培 (%L1)</source>
        <translation>应培尽培（%L1）</translation>
    </message>
    <message>
        <source>Public posts (%L1)</source>
        <translation>公益岗位（%L1）</translation>
    </message>
    <message>
        <source>Idle labour (%L1)</source>
        <translation>无业劳动力（%L1）</translation>
    </message>
    <message>
        <source>On %1: %L2 training wish(es) waiting, %L3 post(s) held while weak labour waits, %L4 idle person(s).</source>
        <translation>%1：培训意愿待安排 %L2 人，弱劳动力在等而被占用的公益岗位 %L3 个，无业劳动力 %L4 人。</translation>
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
    <name>anju::XlsxSharedStrings</name>
    <message>
        <source>The workbook has more than %1 different texts (shared strings); a whole province&apos;s roster has about 4 million. The file is damaged or built to exhaust memory.</source>
        <translation>工作簿中不同的文本（共享字符串）超过 %1 个；整个省的花名册也只有约 400 万个。文件已损坏，或是为耗尽内存而特意构造的。</translation>
    </message>
    <message>
        <source>The different texts of the workbook (shared strings) have more than %1 characters together; a whole province&apos;s roster has about 45 million. The file is damaged or built to exhaust memory.</source>
        <translation>工作簿中不同的文本（共享字符串）合计超过 %1 个字符；整个省的花名册也只有约 4500 万个。文件已损坏，或是为耗尽内存而特意构造的。</translation>
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
    <message>
        <source>Cell %1 holds more text than the %2 characters a spreadsheet cell can hold; the file is damaged or built to exhaust memory.</source>
        <translation>单元格 %1 中的文本超过电子表格单元格的上限 %2 个字符；文件已损坏，或是为耗尽内存而特意构造的。</translation>
    </message>
    <message>
        <source>Row %1 holds more than %2 characters in its cells (cell %3 is past the limit); no roster row comes near that. The file is damaged or built to exhaust memory.</source>
        <translation>第 %1 行的单元格合计超过 %2 个字符（从单元格 %3 起超出上限），花名册的任何一行都远不到这个数。文件已损坏，或是为耗尽内存而特意构造的。</translation>
    </message>
</context>
<context>
    <name>anju::XlsxStyles</name>
    <message>
        <source>The workbook has more than %1 cell formats; Excel allows about 64,000. The file is damaged or built to exhaust memory.</source>
        <translation>工作簿的单元格格式超过 %1 种，而 Excel 最多允许约 64,000 种。文件已损坏，或是为耗尽内存而特意构造的。</translation>
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
    <message>
        <source>The part %1 of the workbook has more than %2 relationships; the file is damaged or built to exhaust memory.</source>
        <translation>工作簿部件 %1 中的关系超过 %2 个；文件已损坏，或是为耗尽内存而特意构造的。</translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets; the file is damaged or built to exhaust memory.</source>
        <translation>工作簿的工作表超过 %1 个；文件已损坏，或是为耗尽内存而特意构造的。</translation>
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
    <name>anju::YearLineDialog</name>
    <message>
        <source>Add a year&apos;s monitoring line</source>
        <translation>新增年度监测线</translation>
    </message>
    <message>
        <source>The monitoring line 防返贫监测标准 the province or county set for a year, in yuan per person per year, with the notice it comes from.</source>
        <translation>省或县规定的当年防返贫监测标准（元/人·年），并写明出处（哪份通知）。</translation>
    </message>
    <message>
        <source>yuan, e.g. 6000 or 7500.50</source>
        <translation>元，例如 6000 或 7500.50</translation>
    </message>
    <message>
        <source>e.g. the province&apos;s notice of this year</source>
        <translation>例如：省乡村振兴局当年的通知</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Line, yuan:</source>
        <translation>监测标准（元）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>出处(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1 has a line already (%2 yuan): saving replaces it.</source>
        <translation>%1 年已有监测标准（%2 元），保存后将替换它。</translation>
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
    <message>
        <source>The part %1 of the workbook has more than %2 bytes of text, whitespace or tag in one piece (from byte %3 on); no cell holds that much. The file is damaged or built to exhaust memory.</source>
        <translation>工作簿部件 %1 中有一段文本、空白或标记超过 %2 字节（从第 %3 字节起），任何单元格都容纳不了这么多。文件已损坏，或是为耗尽内存而特意构造的。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook nests elements more than %2 deep; the file is damaged or built to exhaust memory.</source>
        <translation>工作簿部件 %1 中的元素嵌套超过 %2 层；文件已损坏，或是为耗尽内存而特意构造的。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook has a document type declaration, which no workbook has; the file is refused.</source>
        <translation>工作簿部件 %1 中含有文档类型声明（DOCTYPE），正常的工作簿从不含有；已拒绝该文件。</translation>
    </message>
</context>
<context>
    <name>anju::accounts::AccountService</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has at most 40 characters.</source>
        <translation>用户名最多 40 个字符。</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>用户名中不能有空格。</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>已有用户 %1。</translation>
    </message>
    <message>
        <source>The password could not be stored: not enough memory.</source>
        <translation>无法保存密码：内存不足。</translation>
    </message>
    <message>
        <source>The database already has users: an administrator adds new ones.</source>
        <translation>数据库已有用户，新用户由管理员添加。</translation>
    </message>
    <message>
        <source>Only a demo database gets the demo users.</source>
        <translation>只有演示数据库才会创建演示用户。</translation>
    </message>
    <message>
        <source>The database already has users.</source>
        <translation>数据库已有用户。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: %1 is locked for %n more minute(s), or until an administrator unlocks the account.</source>
        <translation>
            <numerusform>密码错误次数过多：%1 已被锁定，%n 分钟后解锁，或由管理员解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is switched off.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: %1 is locked for %n minute(s).</source>
        <translation>
            <numerusform>密码错误次数过多：%1 已被锁定 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another user administrator first.</source>
        <translation>%1 是最后一名管理员：请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The present password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>anju::accounts::SchemaUpgrade</name>
    <message>
        <source>The database %1 was written by an older version of Anju (schema %2; this program uses schema %3) and must be upgraded before it is used. Ask the administrator to upgrade it (by logging in once with this version, or with anju-cli init). Nothing was changed: %4</source>
        <translation>数据库 %1 由旧版本的安居建立（结构版本 %2；本程序使用结构版本 %3），需要升级后才能使用。请管理员升级（用本版本登录一次，或运行 anju-cli init）。数据库未做任何改动：%4</translation>
    </message>
</context>
<context>
    <name>anju::backup::DatabaseBackup</name>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder does not exist.</source>
        <translation>无法写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup to %1 failed; no file was made: %2</source>
        <translation>备份到 %1 失败，未生成文件：%2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: %2</source>
        <translation>%1 不是 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not an Anju database.</source>
        <translation>%1 不是安居数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Anju (schema %2; this program knows schema %3).</source>
        <translation>%1 由更新版本的安居生成（结构版本 %2，本程序支持结构版本 %3）。</translation>
    </message>
    <message>
        <source>The present database could not be kept aside, so nothing was restored: %1</source>
        <translation>无法另存当前数据库，未进行恢复：%1</translation>
    </message>
    <message>
        <source>Restoring failed; the database is as it was: %1</source>
        <translation>恢复失败，数据库保持原样：%1</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 is a backup of a database on a PostgreSQL server; it can be restored only on a server.</source>
        <translation>%1 是 PostgreSQL 服务器数据库的备份，只能恢复到服务器上。</translation>
    </message>
    <message>
        <source>%1 is a backup of a database file; it cannot be restored on a server. Open it as a file, or move it to the server with anju-cli migrate.</source>
        <translation>%1 是数据库文件的备份，不能恢复到服务器上。请将其作为数据库文件打开，或用 anju-cli migrate 迁移到服务器。</translation>
    </message>
    <message>
        <source>%1 is not a backup of an Anju database.</source>
        <translation>%1 不是安居数据库的备份。</translation>
    </message>
    <message>
        <source>A database on a server is not backed up by each desk; the administrator backs it up with anju-cli backup.</source>
        <translation>服务器上的数据库不由各台电脑自动备份，由管理员用 anju-cli backup 备份。</translation>
    </message>
    <message>
        <source>its permissions cannot be limited to you</source>
        <translation>无法把它的权限限定为只有您本人可以读写</translation>
    </message>
    <message>
        <source>the database cannot be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
</context>
<context>
    <name>anju::backup::DatabaseCheck</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation>%2 表第 %1 行引用了 %3 表中不存在的记录。</translation>
    </message>
    <message>
        <source>Household %1 is registered but has no registered head.</source>
        <translation>户 %1 在册，但没有在册户主。</translation>
    </message>
    <message>
        <source>Household %1 has left or dissolved but still has registered members.</source>
        <translation>户 %1 已迁出或注销，但仍有在册成员。</translation>
    </message>
    <message>
        <source>%1 of household %2 has an invalid ID number %3: %4</source>
        <translation>户 %2 的 %1 身份证号 %3 无效：%4</translation>
    </message>
    <message>
        <source>not in its normal form</source>
        <translation>格式不规范</translation>
    </message>
    <message>
        <source>The index %1 is unfinished and not used; an administrator should build it again (REINDEX INDEX %1).</source>
        <translation>索引 %1 未建成，未被使用；请管理员重建（REINDEX INDEX %1）。</translation>
    </message>
    <message>
        <source>The rule %2 of table %1 was never checked against the rows already there.</source>
        <translation>表 %1 的约束 %2 从未对已有数据进行校验。</translation>
    </message>
    <message>
        <source>The index %1 is damaged: %2</source>
        <translation>索引 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 of household %2: the ID number %3 says another sex than the one stored.</source>
        <translation>%2 户的%1：身份证号 %3 显示的性别与登记的不一致。</translation>
    </message>
    <message>
        <source>%1 of household %2: the ID number %3 says another birth date than the one stored.</source>
        <translation>%2 户的%1：身份证号 %3 显示的出生日期与登记的不一致。</translation>
    </message>
    <message>
        <source>Entries %L1 to %L2 of the audit trail are missing: they were deleted, or the database was copied from a server that skipped those numbers.</source>
        <translation>操作日志第 %L1 至 %L2 条缺失：可能已被删除，或数据库是从跳过了这些编号的服务器复制而来。</translation>
    </message>
    <message>
        <source>Household %1 has a member born after today.</source>
        <translation>%1 户有成员的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Household %1 has a member who left, died or joined before being born.</source>
        <translation>%1 户有成员的迁出、死亡或加入日期早于出生日期。</translation>
    </message>
    <message>
        <source>Household %1 has a relocation or change dated after today.</source>
        <translation>%1 户的搬迁日期或变更日期晚于今天。</translation>
    </message>
    <message>
        <source>Household %1: the number of members kept with the household disagrees with its members.</source>
        <translation>%1 户：户内记录的人数与实际成员人数不一致。</translation>
    </message>
    <message>
        <source>Party member %1 (%2): the probation was extended by %3 months; an extension is 6 to 12 months.</source>
        <translation>党员%1（%2）：预备期延长了%3个月；延长预备期应为6至12个月。</translation>
    </message>
    <message>
        <source>Party member %1 (%2): the probation was extended %3 times; it may be extended once.</source>
        <translation>党员%1（%2）：预备期延长了%3次；预备期只能延长一次。</translation>
    </message>
    <message>
        <source>Party member %1 sits directly in %2, %3; members sit in a branch or a joint branch: move the member to one of its branches.</source>
        <translation>党员%1直接编在%2（%3）中；党员应编入党支部或联合党支部：请把该党员转到其下属的党支部。</translation>
    </message>
    <message>
        <source>a party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>a general branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Party member %1 (%2): a step of %3 was taken under the age of 18 and is not marked as entered from records.</source>
        <translation>党员 %1（%2）：%3 的步骤时未满18岁，且未标为据档案补录。</translation>
    </message>
    <message>
        <source>Party member %1 (%2): made a development target on %3, before one year of cultivation, and not marked as entered from records.</source>
        <translation>党员 %1（%2）：%3 确定为发展对象，培养未满一年，且未标为据档案补录。</translation>
    </message>
    <message>
        <source>Party member %1 (%2) was converted on %3, before the probation ended on %4; party standing counts from %4.</source>
        <translation>党员%1（%2）于%3转正，早于预备期满之日%4；党龄从%4起算。</translation>
    </message>
</context>
<context>
    <name>anju::backup::EngineTransfer</name>
    <message>
        <source>The tables of the file refer to each other in a circle.</source>
        <translation>数据库文件中的表互相循环引用，无法迁移。</translation>
    </message>
    <message>
        <source>The server database %1 already holds data; move the file into a new, empty database.</source>
        <translation>服务器数据库 %1 中已有数据，请迁移到一个新建的空数据库。</translation>
    </message>
    <message>
        <source>Move an SQLite file to a PostgreSQL server.</source>
        <translation>只能把 SQLite 数据库文件迁移到 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The file has schema %1 and the server %2; open both with this program first.</source>
        <translation>数据库文件的结构版本为 %1，服务器为 %2；请先用本程序分别打开两者。</translation>
    </message>
    <message>
        <source>Cannot read the tables of the file: %1</source>
        <translation>无法读取数据库文件中的表：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the server database: %1</source>
        <translation>无法准备服务器数据库：%1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written to the server.</source>
        <translation>已取消，服务器上未写入任何内容。</translation>
    </message>
    <message>
        <source>Copying %1 failed; nothing was written to the server: %2</source>
        <translation>复制 %1 失败，服务器上未写入任何内容：%2</translation>
    </message>
    <message>
        <source>Building the search index on the server failed: %1</source>
        <translation>在服务器上建立检索索引失败：%1</translation>
    </message>
    <message>
        <source>The server holds %1 rows of %2 but the file %3; nothing was written.</source>
        <translation>服务器上 %2 有 %1 行，而文件中有 %3 行；未写入任何内容。</translation>
    </message>
    <message>
        <source>The copied rows break a rule of the database; nothing was written: %1</source>
        <translation>复制的数据不符合数据库的约束规则，服务器上未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Cannot write the audit trail: %1</source>
        <translation>无法写入操作日志：%1</translation>
    </message>
</context>
<context>
    <name>anju::backup::LeftoverFiles</name>
    <message>
        <source>%1 is the whole database as it was before a restore; delete it when the restore is known to be right.</source>
        <translation>%1 是恢复备份之前整个数据库的副本；确认恢复无误后请删除。</translation>
    </message>
    <message>
        <source>%1 was left by a backup or export that did not finish; delete it.</source>
        <translation>%1 是未完成的备份或导出留下的文件，请删除。</translation>
    </message>
</context>
<context>
    <name>anju::backup::PgTool</name>
    <message>
        <source>%1 was not found. Install PostgreSQL&apos;s client programs (the Debian package postgresql-client) on this computer.</source>
        <translation>找不到 %1。请在本机安装 PostgreSQL 客户端程序（Debian 软件包 postgresql-client）。</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已中止。</translation>
    </message>
    <message>
        <source>%1 ended with code %2.</source>
        <translation>%1 异常结束，返回码 %2。</translation>
    </message>
</context>
<context>
    <name>anju::backup::ServerBackup</name>
    <message>
        <source>The backup to %1 failed; no file was made: %2</source>
        <translation>备份到 %1 失败，未生成文件：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a backup of a server database: %2</source>
        <translation>%1 已损坏，或不是服务器数据库的备份：%2</translation>
    </message>
    <message>
        <source>%1 is a backup of a server database, but not of an Anju database (it has no table %2).</source>
        <translation>%1 是服务器数据库的备份，但不是安居数据库的备份（其中没有 %2 表）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not a backup of an Anju database.</source>
        <translation>%1 不是安居数据库的备份。</translation>
    </message>
    <message>
        <source>The server&apos;s maintenance database &quot;postgres&quot; cannot be reached, so nothing was restored: %1</source>
        <translation>无法连接服务器的维护数据库“postgres”，未作任何恢复：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n other connection(s) to the database %1 are open (%2). Ask the other desks to close Anju, then restore again; nothing was restored.</source>
        <translation>
            <numerusform>数据库 %1 还有 %n 个其他连接（%2）。请其他工作站先退出安居，再重新恢复；本次未作任何恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored, but the database cannot be reached again: %1</source>
        <translation>已恢复，但无法重新连接数据库：%1</translation>
    </message>
    <message>
        <source>The present database could not be kept aside, so nothing was restored: %1</source>
        <translation>无法保留现有数据库，因此未作任何恢复：%1</translation>
    </message>
    <message>
        <source>Restoring failed: %1. The database as it was is kept as %2; renaming it back failed: %3</source>
        <translation>恢复失败：%1。原数据库保留为 %2，改回原名称失败：%3</translation>
    </message>
    <message>
        <source>Restoring failed; the database is as it was: %1</source>
        <translation>恢复失败，数据库保持原样：%1</translation>
    </message>
    <message>
        <source>Restored, but the owner role could not take the database over again: %1</source>
        <translation>已恢复，但属主角色未能重新接管数据库：%1</translation>
    </message>
</context>
<context>
    <name>anju::backup::ServerRoleCheck</name>
    <message>
        <source>%1 objects of the database (tables, functions, the schema or the database itself) belong to the login %2, not to the owner role %3: whoever logs in as %2 can switch the audit trail off and delete it. The administrator hands them over with anju-cli init, run with a server login that may create roles.</source>
        <translation>数据库的 %1 个对象（表、函数、模式或数据库本身）属于登录账号 %2，而不属于属主角色 %3：任何以 %2 登录的人都能关闭并删除操作记录。管理员用可创建角色的服务器登录账号运行 anju-cli init 即可把它们移交出去。</translation>
    </message>
    <message>
        <source>%1 objects of the database belong to the role %2, not to the owner role %3. The administrator hands them over with anju-cli init.</source>
        <translation>数据库的 %1 个对象属于角色 %2，而不属于属主角色 %3。管理员运行 anju-cli init 即可把它们移交出去。</translation>
    </message>
    <message>
        <source>The owner role %1 can log in: nobody should, since the owner may switch the audit trail off. anju-cli init takes its login away.</source>
        <translation>属主角色 %1 可以登录：任何人都不应以它登录，因为属主能关闭操作记录。anju-cli init 会取消它的登录权限。</translation>
    </message>
    <message>
        <source>The desk login %1 can also act as the owner or manage the server: a desk must log in with a login of no other power.</source>
        <translation>工作站登录账号 %1 还能以属主身份操作或管理服务器：工作站只应使用没有其他权限的登录账号。</translation>
    </message>
    <message>
        <source>everyone (PUBLIC)</source>
        <translation>所有人（PUBLIC）</translation>
    </message>
    <message>
        <source>the desk group %1</source>
        <translation>工作站组 %1</translation>
    </message>
    <message>
        <source>%1 may %2 on %3, beyond what the program&apos;s work needs. anju-cli init, run by the administrator, sets the grants right.</source>
        <translation>%1 可对 %3 执行 %2，超出了本程序工作所需。由管理员运行 anju-cli init 即可纠正授权。</translation>
    </message>
    <message>
        <source>The desk group %1 is a member of %2 and has its rights too.</source>
        <translation>工作站组 %1 是 %2 的成员，也拥有其权限。</translation>
    </message>
</context>
<context>
    <name>anju::backup::TriggerCheck</name>
    <message>
        <source>Migration %1 does not run on an empty database: %2</source>
        <translation>第 %1 版数据库变更无法在空数据库上执行：%2</translation>
    </message>
    <message>
        <source>The trigger %1 of table %2 is missing: changes to that table may go unrecorded or unchecked. An administrator can make it again with anju-cli init.</source>
        <translation>%2 表的触发器 %1 缺失：对该表的修改可能不被记录或不受检查。管理员可运行 anju-cli init 重新创建。</translation>
    </message>
    <message>
        <source>The trigger %1 of table %2 is disabled: changes to that table go unrecorded or unchecked. An administrator can enable it again with anju-cli init.</source>
        <translation>%2 表的触发器 %1 已被停用：对该表的修改不被记录或不受检查。管理员可运行 anju-cli init 重新启用。</translation>
    </message>
    <message>
        <source>The trigger %1 of table %2 is not the one the program made. An administrator can make it again with anju-cli init.</source>
        <translation>%2 表的触发器 %1 已被改动，不是本程序创建的样子。管理员可运行 anju-cli init 重新创建。</translation>
    </message>
    <message>
        <source>The trigger %1 of table %2 was not made by the program.</source>
        <translation>%2 表的触发器 %1 不是本程序创建的。</translation>
    </message>
    <message>
        <source>The database function %1 is missing or not the one the program made. An administrator can make it again with anju-cli init.</source>
        <translation>数据库函数 %1 缺失或已被改动。管理员可运行 anju-cli init 重新创建。</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>函数 %1</translation>
    </message>
    <message>
        <source>trigger %1 of table %2</source>
        <translation>%2 表的触发器 %1</translation>
    </message>
    <message>
        <source>No migration makes the trigger %1.</source>
        <translation>没有任何数据库变更创建触发器 %1。</translation>
    </message>
    <message>
        <source>The search index could not be filled again: %1</source>
        <translation>无法重新填充搜索索引：%1</translation>
    </message>
    <message>
        <source>the search index, filled again from every person and household</source>
        <translation>搜索索引（已按全部人员和住户重新填充）</translation>
    </message>
</context>
<context>
    <name>anju::cli::AuditCommand</name>
    <message>
        <source>[--db LOCATION] audit [--by USER] [--from DATE] [--to DATE] [--type TYPE] [--household NUMBER] [--limit N] [--json]</source>
        <translation>[--db LOCATION] audit [--by USER] [--from DATE] [--to DATE] [--type TYPE] [--household NUMBER] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Prints the audit trail, newest first: who changed which record when, with the old and new values, and the logins, exports, imports and backups. --household prints one household&apos;s history, oldest first. TYPE is households, persons, sites, buildings, settings, users or event.</source>
        <translation>按时间倒序显示操作日志：谁在何时修改了哪条记录、修改前后的值，以及登录、导出、导入和备份。--household 按时间顺序显示一户的变更记录。TYPE 可为 households、persons、sites、buildings、settings、users 或 event。</translation>
    </message>
    <message>
        <source>Only what this user did.</source>
        <translation>只显示该用户的操作。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>From this day, YYYY-MM-DD.</source>
        <translation>从该日起，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Up to this day, YYYY-MM-DD.</source>
        <translation>截至该日，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Only this kind of record.</source>
        <translation>只显示这类记录。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The history of one household.</source>
        <translation>显示一户的变更记录。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>How many entries to print (default 50).</source>
        <translation>显示多少条（默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the entries as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>audit takes no arguments, only options.</source>
        <translation>audit 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation>--%1 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--limit must be a number of zero or more.</source>
        <translation>--limit 必须是大于或等于 0 的数。</translation>
    </message>
    <message>
        <source>There is no household %1 you may read.</source>
        <translation>没有您可查看的户 %1。</translation>
    </message>
</context>
<context>
    <name>anju::cli::BackupCommand</name>
    <message>
        <source>[--db LOCATION] backup -o FILE</source>
        <translation>[--db LOCATION] backup -o FILE</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>backup takes no arguments; name the file with -o FILE.</source>
        <translation>backup 不接受参数；请用 -o FILE 指定文件。</translation>
    </message>
    <message>
        <source>Name the backup file with -o FILE.</source>
        <translation>请用 -o FILE 指定备份文件。</translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation>正在备份：%1%</translation>
    </message>
    <message>
        <source>Backup: %1 (%L2 bytes)</source>
        <translation>备份文件：%1（%L2 字节）</translation>
    </message>
    <message>
        <source>Copies the database to FILE while other desks go on working: a database file through SQLite&apos;s online backup, a database on a PostgreSQL server through pg_dump (its custom format; PostgreSQL&apos;s client programs must be installed). The copy is checked before the command reports success.</source>
        <translation>在其他工作站照常使用时把数据库备份到 FILE：数据库文件通过 SQLite 在线备份，PostgreSQL 服务器上的数据库通过 pg_dump（自定义格式，须安装 PostgreSQL 客户端程序）。备份经校验后命令才报告成功。</translation>
    </message>
</context>
<context>
    <name>anju::cli::CaseCommand</name>
    <message>
        <source>[--db LOCATION] case list [--state STATE] [--overdue] [--json]</source>
        <translation>[--db 位置] case list [--state 状态] [--overdue] [--json]</translation>
    </message>
    <message>
        <source>Lists the grid cases, the oldest deadline first: kind, title, state, escalation level, received, deadline.</source>
        <translation>列出网格事件，办理期限最早的在前：类别、内容、状态、上报层级、受理日期、办理期限。</translation>
    </message>
    <message>
        <source>Only cases in this state (received, in_progress, resolved, escalated, referred).</source>
        <translation>只列出该状态的事件（received、in_progress、resolved、escalated、referred）。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only open cases past their deadline.</source>
        <translation>只列出超过办理期限仍未办结的事件。</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Unknown case state %1.</source>
        <translation>未知的事件状态 %1。</translation>
    </message>
    <message>
        <source>%1 case(s).</source>
        <translation>共 %1 件事件。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>case needs list, receive, act or escalate, e.g. anju-cli case list --overdue.</source>
        <translation>case 后须跟 list、receive、act 或 escalate，例如 anju-cli case list --overdue。</translation>
    </message>
    <message>
        <source>[--db LOCATION] case receive --site CODE --kind KIND --title TEXT [--date DATE] [--household NUMBER]… | act ID ACTION [--date DATE] [--staff ID] [--department TEXT] [--result TEXT] [--satisfaction S] [--note TEXT] | escalate [--date DATE]</source>
        <translation>[--db 位置] case receive --site 编码 --kind 类别 --title 内容 [--date 日期] [--household 户编号]… | act 编号 操作 [--date 日期] [--staff 编号] [--department 部门] [--result 结果] [--satisfaction 满意度] [--note 备注] | escalate [--date 日期]</translation>
    </message>
    <message>
        <source>receive records a case with its kind&apos;s deadline; act takes one step (assigned, started, resolved, escalated, referred, referral_accepted, referral_returned, note); escalate moves every case past its deadline one step up the chain.</source>
        <translation>receive 受理一件事件，按类别定办理期限；act 办理一步（assigned 指派、started 接手、resolved 办结、escalated 上报、referred 转办、referral_accepted 部门接收、referral_returned 部门退回、note 备注）；escalate 把每件超期事件向上报一级。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>S</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>%1 case(s) escalated.</source>
        <translation>已上报 %1 件事件。</translation>
    </message>
    <message>
        <source>Unknown case kind %1.</source>
        <translation>未知的事件类别 %1。</translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation>没有户编号为 %1 的住户。</translation>
    </message>
    <message>
        <source>Case %1 received, deadline %2.</source>
        <translation>已受理事件 %1，办理期限 %2。</translation>
    </message>
    <message>
        <source>case act needs the case&apos;s id and the action.</source>
        <translation>case act 须给出事件编号和操作。</translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation>未知的操作 %1。</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>事件 %1 现为：%2。</translation>
    </message>
    <message>
        <source>The site&apos;s code.</source>
        <translation>安置点编码。</translation>
    </message>
    <message>
        <source>The case&apos;s kind: dispute_mediation, problem_screening, stability, policy_publicity, service_request or public_sentiment.</source>
        <translation>事件类别：dispute_mediation 矛盾调处、problem_screening 问题排查、stability 综治维稳、policy_publicity 政策宣传、service_request 服务直通车或 public_sentiment 民情气象站。</translation>
    </message>
    <message>
        <source>What the case is about.</source>
        <translation>事件内容。</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>A household the case concerns; repeat for several.</source>
        <translation>事件涉及的户；涉及多户时重复使用。</translation>
    </message>
    <message>
        <source>The handler&apos;s staff number (grid staff shows it).</source>
        <translation>经办人的人员编号（grid staff 中显示）。</translation>
    </message>
    <message>
        <source>The department the case is referred to.</source>
        <translation>转办的部门。</translation>
    </message>
    <message>
        <source>What was done, for a resolved case.</source>
        <translation>办结时填写办理结果。</translation>
    </message>
    <message>
        <source>The resident&apos;s satisfaction: satisfied, basically_satisfied or dissatisfied.</source>
        <translation>群众满意度：satisfied 满意、basically_satisfied 基本满意或 dissatisfied 不满意。</translation>
    </message>
    <message>
        <source>A note on the step.</source>
        <translation>这一步的备注。</translation>
    </message>
</context>
<context>
    <name>anju::cli::CheckCommand</name>
    <message>
        <source>[--db LOCATION] check</source>
        <translation>[--db LOCATION] check</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 不接受参数。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity and foreign-key checks (on a server: unfinished indexes, constraints never checked, and amcheck&apos;s index check where it is installed), checks that every trigger of the audit trail and of the search index is present, enabled and unchanged and that no entry of the trail is missing, and the registry&apos;s rules over the stored rows (a head in every registered household, valid ID numbers that agree with the stored birth date and sex, possible dates, …), the party records&apos; hard rules (a probation extended once, by 6 to 12 months; no conversion before the probation ends) and prints what is wrong. Exits with 1 when anything is.</source>
        <translation>运行 SQLite 的完整性和外键检查（服务器上：未建成的索引、从未校验的约束，以及已安装 amcheck 时的索引检查），检查操作日志和搜索索引的每个触发器都存在、已启用且未被改动、操作日志没有缺失的条目，并按登记规则检查已存数据（每个在册户都有在册户主、身份证号有效且与登记的出生日期和性别一致、日期合理等）和党员档案的硬性规定（预备期只能延长一次，延长六至十二个月；预备期满前不得转正），列出问题。发现问题时返回 1。</translation>
    </message>
</context>
<context>
    <name>anju::cli::CliContext</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with: anju-cli --db %1 init --user NAME</source>
        <translation>%1 处没有数据库。请用以下命令创建：anju-cli --db %1 init --user 用户名</translation>
    </message>
    <message>
        <source>The database %1 has no administrator yet. Create one with: anju-cli --db %1 init --user NAME (the password from ANJU_PASSWORD or typed).</source>
        <translation>数据库 %1 还没有管理员。请用以下命令创建：anju-cli --db %1 init --user 用户名（密码取自 ANJU_PASSWORD，或在终端输入）。</translation>
    </message>
    <message>
        <source>Log in: name the user with --user NAME or the variable ANJU_USER.</source>
        <translation>请登录：用 --user 用户名 或环境变量 ANJU_USER 指定用户。</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Give the password of %1 in the variable ANJU_PASSWORD, or type it at a terminal.</source>
        <translation>请在环境变量 ANJU_PASSWORD 中提供 %1 的密码，或在终端输入。</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema %2 to %3.</source>
        <translation>已将 %1 从结构版本 %2 升级到 %3。</translation>
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
    <message>
        <source>Users admin, clerk, secretary and manager, each with the password %1.</source>
        <translation>用户 admin、clerk、secretary 和 manager，密码均为 %1。</translation>
    </message>
    <message>
        <source>Party organisations: %1</source>
        <translation>党组织：%1</translation>
    </message>
    <message>
        <source>Party members and applicants: %1</source>
        <translation>党员及入党申请人等：%1</translation>
    </message>
    <message>
        <source>Income checks: %1</source>
        <translation>收支核查：%1</translation>
    </message>
    <message>
        <source>Monitoring cases: %1</source>
        <translation>监测户记录：%1</translation>
    </message>
    <message>
        <source>Safety-net enrolments: %1</source>
        <translation>兜底保障记录：%1</translation>
    </message>
    <message>
        <source>Employments: %1</source>
        <translation>就业记录：%1</translation>
    </message>
    <message>
        <source>Training attendances: %1</source>
        <translation>参训记录：%1</translation>
    </message>
    <message>
        <source>Industry projects: %1</source>
        <translation>产业项目：%1</translation>
    </message>
</context>
<context>
    <name>anju::cli::Dispatcher</name>
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
        <source>--db, --user and --language need a value.</source>
        <translation>--db、--user 和 --language 需要指定值。</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>party needs review, leave, import, export or reconcile, e.g. anju-cli party review --month 2026-11.</source>
        <translation>party 后须接 review、leave、import、export 或 reconcile，例如 anju-cli party review --month 2026-11。</translation>
    </message>
    <message>
        <source>Run &quot;anju-cli %1 SUBCOMMAND --help&quot; for the options of one of them.
</source>
        <translation>运行“anju-cli %1 子命令 --help”查看某个子命令的选项。
</translation>
    </message>
    <message>
        <source>Usage: anju-cli [--db LOCATION] [--user NAME] [--language LANGUAGE] COMMAND [OPTIONS]

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
  migrate --from F --to U Move a database file onto a PostgreSQL server
  party review            The party secretary&apos;s review of a month (--month YYYY-MM)
  party leave MEMBER      Record that a member left the party, with the decision
  party import FILE       Import a branch&apos;s roster of party members (党员花名册)
  party export roster -o FILE   Write the party members&apos; roster (.xlsx)
  party reconcile         Political status (政治面貌) against the party records; settle one
  grid list|add|cover|check   The grids with their households; make and cover them
  grid visits|findings    The month&apos;s visit plan per worker; the grid findings
  grid sheet -o FILE      A worker&apos;s or a building&apos;s visit sheet for a month (PDF)
  grid staff|pair|handover   Who serves in a grid; pair a household; hand work over
  visit plan|attend|record   Plan the month&apos;s visits, a must-attend task, record a visit
  case list|receive|act|escalate   The grid cases and their steps
  income flags|missing    The month&apos;s flagged households; those not checked (--month)
  income import FILE      Import a month&apos;s income checks (月度收支核查) from the office&apos;s sheet
  monitoring list|show|notice   Monitoring households, one case, a site&apos;s notice list (PDF)
  safetynet list|enrol|amount|end|exempt   The safety net (兜底保障): enrolments and reasons
  followup findings       The month&apos;s 应纳尽纳 and 应兜尽兜 findings by name
  employment list|add|end|import   Jobs (就业) by channel; record or end one; import the sheet
  training list|attendance|add|enrol|import   Courses (技能培训) with their attendance; enrol people; import the attendance sheet
  industry list           Industry projects (产业帮扶) with beneficiary households (--year)
  work findings           The day&apos;s 应培尽培, public-post and idle-labour findings by name
  backup -o FILE          Copy the database while it stays in use
  restore FILE            Replace the database by a checked backup (the present one is kept)
  check                   Check the file and the registry&apos;s rules; print what is wrong
  audit                   Print the audit trail or one household&apos;s history
  user list|add|update|password|unlock   Manage the users (administrator)
  settings list|set       The office&apos;s settings; change a visit or income rule
  server-login add NAME|list   Make a desk&apos;s PostgreSQL login (administrator)
  report monthly -o FILE  Write the monthly summary as .pdf, .xlsx or .json

Global options:
  --db LOCATION           The database file, or postgresql://USER@HOST:PORT/DATABASE
                          for a shared server (default: %1)
  --user NAME             Log in as NAME (default: the variable ANJU_USER); the password
                          comes from ANJU_PASSWORD or is typed
  --language LANGUAGE     zh_CN or en (default: the language chosen in the settings)
  -h, --help              Show this help
  --version               Show the version

Run &quot;anju-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation>用法：anju-cli [--db LOCATION] [--user NAME] [--language LANGUAGE] COMMAND [OPTIONS]

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
  migrate --from F --to U 把数据库文件迁移到 PostgreSQL 服务器
  party review            党组织某月的待办事项（--month YYYY-MM）
  party leave MEMBER      登记党员出党（取消预备党员资格、退党、除名、开除党籍）及其决定
  party import FILE       导入党支部的党员花名册（.xlsx 或 .csv）
  party export roster -o FILE   导出党员花名册（.xlsx）
  party reconcile         核对户籍登记的政治面貌与党员档案；从任一方处理一条
  grid list|add|cover|check   网格及其住户；新建网格、划定覆盖范围、检查
  grid visits|findings    每名网格员本月的走访计划；网格发现的问题
  grid sheet -o FILE      某网格员或某楼栋一个月的走访表（PDF）
  grid staff|pair|handover   网格人员名单；户的结对帮扶；工作移交
  visit plan|attend|record   生成本月走访任务、登记三必到任务、记录走访
  case list|receive|act|escalate   网格事件及其办理步骤
  income flags|missing    本月收支核查的预警户；本月未核查的户（--month）
  income import FILE      从办公室的核查表导入一个月的收支核查（月度收支核查）
  monitoring list|show|notice   监测户名单、一户的监测记录、安置点的公示名单（PDF）
  safetynet list|enrol|amount|end|exempt   兜底保障：名单、登记、调整金额、停发、不纳入原因
  followup findings       某月的应纳尽纳、应兜尽兜清单（按姓名）
  employment list|add|end|import   按渠道列出就业；登记或结束一条就业；导入就业台账
  training list|attendance|add|enrol|import   技能培训班及参训情况；报名参训；导入参训台账
  industry list           产业帮扶项目及其受益户（--year）
  work findings           某天的应培尽培、公益岗位和无业劳动力清单（按姓名）
  backup -o FILE          在数据库照常使用时备份
  restore FILE            用校验过的备份替换数据库（当前数据库另行保留）
  check                   检查数据库文件和登记规则，列出问题
  audit                   显示操作记录，或某一户的变更记录
  user list|add|update|password|unlock   管理用户（管理员）
  settings list|set       本单位设置；修改走访或收入监测的规则
  server-login add NAME|list   创建工作站的 PostgreSQL 登录账号（管理员）
  report monthly -o FILE  生成月度汇总表（.pdf、.xlsx 或 .json）

全局选项：
  --db LOCATION           数据库文件，或共享服务器的
                          postgresql://USER@HOST:PORT/DATABASE（默认：%1）
  --user NAME             以 NAME 登录（默认取环境变量 ANJU_USER）；密码取自
                          ANJU_PASSWORD，或在终端输入
  --language LANGUAGE     zh_CN 或 en（默认：设置中选择的语言）
  -h, --help              显示本帮助
  --version               显示版本号

运行“anju-cli COMMAND --help”查看某个命令的选项。
</translation>
    </message>
</context>
<context>
    <name>anju::cli::EmploymentCommand</name>
    <message>
        <source>employment needs list, add, end or import, e.g. anju-cli employment list --channel workshop.</source>
        <translation>employment 后面要跟 list、add、end 或 import，例如 anju-cli employment list --channel workshop。</translation>
    </message>
    <message>
        <source>[--db LOCATION] employment list [--channel KEY] [--site CODE] [--on YYYY-MM-DD] [--search TEXT] [--offset N] [--limit N] [--json]</source>
        <translation>[--db 位置] employment list [--channel 渠道] [--site 编码] [--on YYYY-MM-DD] [--search 文字] [--offset N] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Lists the jobs (就业) by site, household number and name: those holding on a day with --on, else every job on file.</source>
        <translation>按安置点、户编号和姓名列出就业记录：指定 --on 时列出当天有效的就业，否则列出已登记的全部就业。</translation>
    </message>
    <message>
        <source>Only this channel: %1.</source>
        <translation>只看这个就业渠道：%1。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Only this site (its code).</source>
        <translation>只看这个安置点（安置点编码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Only the jobs holding on this day.</source>
        <translation>只看这一天有效的就业。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A name, part of an ID number, or a household number.</source>
        <translation>姓名、身份证号的一部分或户编号。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Skip this many rows (default 0).</source>
        <translation>跳过的行数（默认 0）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most this many rows (default 100).</source>
        <translation>最多列出的行数（默认 100）。</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>--channel needs one of %1.</source>
        <translation>--channel 需要以下之一：%1。</translation>
    </message>
    <message>
        <source>--on needs a day written YYYY-MM-DD.</source>
        <translation>--on 需要写成 YYYY-MM-DD 的日期。</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more.</source>
        <translation>--%1 需要大于或等于 0 的数。</translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>Jobs holding on %1: %2.</source>
        <translation>%1 有效的就业：%2 条。</translation>
    </message>
    <message>
        <source>Jobs on file: %1.</source>
        <translation>已登记的就业：%1 条。</translation>
    </message>
    <message>
        <source>(id, person, household, channel, place, income in yuan a month, from, to)</source>
        <translation>（编号、姓名、户编号、就业渠道、地点、月收入（元）、开始、截止）</translation>
    </message>
    <message>
        <source>(%1 more: --offset %2)</source>
        <translation>（还有 %1 条：--offset %2）</translation>
    </message>
    <message>
        <source>[--db LOCATION] employment add --person ID --channel KEY --from DATE [--to DATE] [--income YUAN] [--employer TEXT] [--place TEXT] [--province TEXT] [--city TEXT] [--workshop N] [--post N] [--broker N] [--batch N] [--note TEXT]</source>
        <translation>[--db 位置] employment add --person 身份证号 --channel 渠道 --from 日期 [--to 日期] [--income 金额] [--employer 单位] [--place 地点] [--province 省份] [--city 城市] [--workshop 编号] [--post 编号] [--broker 编号] [--batch 编号] [--note 备注]</translation>
    </message>
    <message>
        <source>Records one job of a person (ID number): labour export needs --province, a workshop job --workshop, a public-welfare post --post, work for relief and a park or scenic area --place.</source>
        <translation>为某人（身份证号）登记一条就业：劳务输出须填 --province，帮扶车间就业须填 --workshop，公益岗位须填 --post，以工代赈和园区/景区须填 --place。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>--%1 needs a day written YYYY-MM-DD.</source>
        <translation>--%1 需要写成 YYYY-MM-DD 的日期。</translation>
    </message>
    <message>
        <source>--income needs yuan written like 3200 or 3200.50.</source>
        <translation>--income 需要写成元，例如 3200 或 3200.50。</translation>
    </message>
    <message>
        <source>--%1 needs the number the lists print.</source>
        <translation>--%1 需要列表中显示的编号。</translation>
    </message>
    <message>
        <source>No person has the ID number %1.</source>
        <translation>没有身份证号为 %1 的人。</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>就业记录 %1 已保存。</translation>
    </message>
    <message>
        <source>[--db LOCATION] employment end --job N --on DATE --reason TEXT</source>
        <translation>[--db 位置] employment end --job 编号 --on 日期 --reason 原因</translation>
    </message>
    <message>
        <source>Ends a job on a day (the first day the person no longer works there), with the reason.</source>
        <translation>在某天结束一条就业（从这天起不再在此就业），并写明原因。</translation>
    </message>
    <message>
        <source>The job&apos;s number, as the list prints it.</source>
        <translation>就业记录编号（列表中显示的编号）。</translation>
    </message>
    <message>
        <source>The first day no longer employed.</source>
        <translation>不再就业的第一天。</translation>
    </message>
    <message>
        <source>Why the job ends.</source>
        <translation>就业结束的原因。</translation>
    </message>
    <message>
        <source>No job has the number %1.</source>
        <translation>没有编号为 %1 的就业记录。</translation>
    </message>
    <message>
        <source>Job %1 ends on %2.</source>
        <translation>就业记录 %1 于 %2 结束。</translation>
    </message>
</context>
<context>
    <name>anju::cli::EmploymentImportCommand</name>
    <message>
        <source>[--db LOCATION] employment import FILE [--dry-run] [--json]</source>
        <translation>[--db 位置] employment import 文件 [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Imports the office&apos;s employment sheet (.xlsx or .csv) with the columns 姓名, 身份证号, 就业渠道, 用工单位/地点, 输出省份, 输出城市, 月收入, 开始日期, 结束日期: one job a row, the person found by the ID number. When any row is bad, each is listed with its reasons and nothing is written.</source>
        <translation>导入本单位的就业台账（.xlsx 或 .csv），列为姓名、身份证号、就业渠道、用工单位/地点、输出省份、输出城市、月收入、开始日期、结束日期：每行一条就业，按身份证号查找人员。只要有一行有误，就逐行列出有误的行及其原因，且不写入任何数据。</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>检查文件并报告，但不写入任何数据。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>employment import takes exactly one file.</source>
        <translation>employment import 只接受一个文件。</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, header on row %2: %n row(s) read.</source>
        <translation>
            <numerusform>工作表“%1”，表头在第 %2 行：读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs imported: %1.</source>
        <translation>已导入就业记录：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) to correct.</source>
        <translation>
            <numerusform>未写入任何数据：有 %n 行需要改正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs that would be imported: %1 (dry run: nothing written).</source>
        <translation>将导入的就业记录：%1（试运行：未写入任何数据）。</translation>
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
    <name>anju::cli::FollowUpFindingsCommand</name>
    <message>
        <source>followup needs findings, e.g. anju-cli followup findings --month 2026-11.</source>
        <translation>followup 后面要跟 findings，例如 anju-cli followup findings --month 2026-11。</translation>
    </message>
    <message>
        <source>[--db LOCATION] followup findings [--month YYYY-MM] [--site CODE] [--json]</source>
        <translation>[--db LOCATION] followup findings [--month YYYY-MM] [--site CODE] [--json]</translation>
    </message>
    <message>
        <source>Lists the month&apos;s findings by name: 应纳尽纳, households flagged by their income check that have not entered the monitoring procedure; 应兜尽兜, people with no or weak labour in a monitored or flagged household who are neither in 低保 / 特困 nor have a recorded reason.</source>
        <translation>按姓名列出某月的清单：应纳尽纳，收支核查有预警、尚未纳入监测程序的户；应兜尽兜，监测户或预警户中无劳动能力或弱劳动力、既未纳入低保 / 特困也没有记录原因的人。</translation>
    </message>
    <message>
        <source>The month (default: this month).</source>
        <translation>月份（默认：本月）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Only this site (its code).</source>
        <translation>只看这个安置点（安置点编码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation>--month 需要写成 YYYY-MM 的月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>应纳尽纳 of %1 (as of %2): %3 household(s) flagged and not in the monitoring procedure.</source>
        <translation>%1 应纳尽纳（按 %2 判断）：有预警、未纳入监测程序的户 %3 户。</translation>
    </message>
    <message>
        <source>应兜尽兜 of %1: %2 person(s) with no or weak labour not in 低保 / 特困 and with no recorded reason.</source>
        <translation>%1 应兜尽兜：无劳动能力或弱劳动力、未纳入低保 / 特困且没有记录原因的 %2 人。</translation>
    </message>
</context>
<context>
    <name>anju::cli::GridCommand</name>
    <message>
        <source>[--db LOCATION] grid list [--site CODE] [--date YYYY-MM-DD] [--json]</source>
        <translation>[--db 位置] grid list [--site 编码] [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Lists the grids site by site, by code: code, name, site, active households and staff on the day (default: today).</source>
        <translation>按安置点、按编码列出网格：编码、名称、安置点、当日在册户数和工作人员数（默认今天）。</translation>
    </message>
    <message>
        <source>Only the grids of the site with this code.</source>
        <translation>只列出该编码安置点的网格。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The day to count on (default: today).</source>
        <translation>统计的日期（默认今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>grid list takes no arguments besides its options.</source>
        <translation>grid list 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，例如 2026-11-30。</translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>Grids on %1: %2.</source>
        <translation>%1 的网格：共 %2 个。</translation>
    </message>
    <message>
        <source>households: %1</source>
        <translation>在册 %1 户</translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation>工作人员 %1 人</translation>
    </message>
    <message>
        <source>[--db LOCATION] grid add --site CODE --code CODE --name NAME [--from YYYY-MM-DD]</source>
        <translation>[--db 位置] grid add --site 编码 --code 编码 --name 名称 [--from YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Makes a grid of a site; its code is county 6 + township 3 + community 3 + sequence 2 digits (CJ/T 349).</source>
        <translation>为安置点新建网格；网格编码为县级6位 + 乡镇3位 + 社区3位 + 顺序号2位（CJ/T 349）。</translation>
    </message>
    <message>
        <source>The site&apos;s code.</source>
        <translation>安置点编码。</translation>
    </message>
    <message>
        <source>The grid&apos;s 14-digit code.</source>
        <translation>14位网格编码。</translation>
    </message>
    <message>
        <source>The grid&apos;s name.</source>
        <translation>网格名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The day the grid starts (default: today).</source>
        <translation>网格设立日期（默认今天）。</translation>
    </message>
    <message>
        <source>grid add needs --site, --code and --name.</source>
        <translation>grid add 需要 --site、--code 和 --name。</translation>
    </message>
    <message>
        <source>--from needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>--from 需要 YYYY-MM-DD 格式的日期，例如 2026-11-30。</translation>
    </message>
    <message>
        <source>Grid %1 %2 made.</source>
        <translation>已新建网格 %1 %2。</translation>
    </message>
    <message>
        <source>[--db LOCATION] grid cover --grid CODE --building NAME [--unit NAME] [--from YYYY-MM-DD]</source>
        <translation>[--db 位置] grid cover --grid 编码 --building 名称 [--unit 名称] [--from YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>The grid covers a building, or one unit of it, from the day: what covered it before ends that day and its households move to the grid.</source>
        <translation>自该日起由网格覆盖一个楼栋或其中一个单元：原来的覆盖当天结束，其住户随之划入该网格。</translation>
    </message>
    <message>
        <source>The grid&apos;s code.</source>
        <translation>网格编码。</translation>
    </message>
    <message>
        <source>The building&apos;s name on the grid&apos;s site.</source>
        <translation>网格所在安置点的楼栋名称。</translation>
    </message>
    <message>
        <source>Only this unit of the building.</source>
        <translation>只划该楼栋的这个单元。</translation>
    </message>
    <message>
        <source>The day it starts (default: today).</source>
        <translation>开始日期（默认今天）。</translation>
    </message>
    <message>
        <source>grid cover needs --grid and --building.</source>
        <translation>grid cover 需要 --grid 和 --building。</translation>
    </message>
    <message>
        <source>There is no grid with the code %1.</source>
        <translation>没有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>The grid&apos;s site has no building named %1.</source>
        <translation>网格所在安置点没有名为 %1 的楼栋。</translation>
    </message>
    <message>
        <source>Building %1 has no unit named %2.</source>
        <translation>楼栋 %1 没有名为 %2 的单元。</translation>
    </message>
    <message>
        <source>Grid %1 covers %2 from %3.</source>
        <translation>网格“%1”自 %3 起覆盖 %2。</translation>
    </message>
    <message>
        <source>[--db LOCATION] grid check [--site CODE] [--date YYYY-MM-DD]</source>
        <translation>[--db 位置] grid check [--site 编码] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Lists the registered households that are in no grid or in more than one on the day; exits with 1 when there is any.</source>
        <translation>列出当日未划入任何网格或同时划入多个网格的在册户；有这样的户时退出码为1。</translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation>只检查该编码安置点的搬迁户。</translation>
    </message>
    <message>
        <source>The day to check (default: today).</source>
        <translation>检查的日期（默认今天）。</translation>
    </message>
    <message>
        <source>in no grid</source>
        <translation>未划入任何网格</translation>
    </message>
    <message>
        <source>in %1 grids: %2</source>
        <translation>同时划入 %1 个网格：%2</translation>
    </message>
    <message>
        <source>Households not in exactly one grid on %1: %2.</source>
        <translation>%1 未恰好划入一个网格的在册户：共 %2 户。</translation>
    </message>
    <message>
        <source>grid needs list, add, cover, check, visits, findings, sheet, staff, pair or handover, e.g. anju-cli grid list --site 430524001.</source>
        <translation>grid 需要 list、add、cover、check、visits、findings、sheet、staff、pair 或 handover，例如 anju-cli grid list --site 430524001。</translation>
    </message>
</context>
<context>
    <name>anju::cli::GridSheetCommand</name>
    <message>
        <source>[--db LOCATION] grid sheet --month YYYY-MM (--worker NAME | --building ID-or-NAME) [--grid CODE] -o FILE.pdf</source>
        <translation>[--db 位置] grid sheet --month YYYY-MM (--worker 姓名 | --building 编号或名称) [--grid 代码] -o 文件.pdf</translation>
    </message>
    <message>
        <source>Writes the month&apos;s visit sheet (A4 PDF) of a grid worker or pairing cadre, or of a building: its open visits by building, floor and room, each with a code to enter the visit by.</source>
        <translation>输出网格员或结对干部、或某一楼栋的当月走访表（A4 PDF）：待办走访按楼栋、楼层、房号排列，每行附录入用的编码。</translation>
    </message>
    <message>
        <source>The month (default: this month).</source>
        <translation>月份（默认：本月）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The worker&apos;s name, or staff:ID / member:ID when several have it.</source>
        <translation>网格员姓名；重名时用 staff:编号 或 member:编号。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The building&apos;s id or name.</source>
        <translation>楼栋编号或名称。</translation>
    </message>
    <message>
        <source>ID-or-NAME</source>
        <translation>编号或名称</translation>
    </message>
    <message>
        <source>Only the households of this grid.</source>
        <translation>只含该网格的住户。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>grid sheet takes no arguments besides its options.</source>
        <translation>grid sheet 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation>--month 需要 YYYY-MM 格式的月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>grid sheet needs either --worker or --building.</source>
        <translation>grid sheet 需要 --worker 或 --building 二者之一。</translation>
    </message>
    <message>
        <source>grid sheet needs -o FILE.pdf.</source>
        <translation>grid sheet 需要 -o 文件.pdf。</translation>
    </message>
    <message>
        <source>There is no grid with the code %1.</source>
        <translation>没有代码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Visit sheet of %1 for %2 written to %3: %4 row(s).</source>
        <translation>%1 的 %2 走访表已写入 %3：共 %4 条。</translation>
    </message>
</context>
<context>
    <name>anju::cli::GridStaffCommand</name>
    <message>
        <source>[--db LOCATION] grid staff --grid CODE [--date YYYY-MM-DD] [--json]</source>
        <translation>[--db 位置] grid staff --grid 编码 [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Lists who serves in the grid on the day (default: today), by role, with the number that grid staff end and grid handover take.</source>
        <translation>按岗位列出当天（默认今天）在该网格任职的人员，并给出 grid staff end 和 grid handover 所用的编号。</translation>
    </message>
    <message>
        <source>The grid&apos;s code.</source>
        <translation>网格编码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 输出各行。</translation>
    </message>
    <message>
        <source>grid staff needs --grid.</source>
        <translation>grid staff 需要 --grid。</translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期，例如 2026-11-30。</translation>
    </message>
    <message>
        <source>There is no grid with the code %1.</source>
        <translation>没有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Staff of %1 %2 on %3: %4.</source>
        <translation>%1 %2 在 %3 的网格人员：%4 名。</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>[--db LOCATION] grid staff add --grid CODE --role ROLE (--person ID-NUMBER | --cadre NAME) --from YYYY-MM-DD [--building NAME [--unit NAME]] [--member ID] [--phone PHONE] [--work-unit TEXT]</source>
        <translation>[--db 位置] grid staff add --grid 编码 --role 岗位 (--person 身份证号 | --cadre 姓名) --from YYYY-MM-DD [--building 名称 [--unit 名称]] [--member 党员编号] [--phone 电话] [--work-unit 单位]</translation>
    </message>
    <message>
        <source>A resident (by ID number) or an outside cadre starts serving in the grid in a role: grid_leader, grid_worker, building_leader (with --building), unit_leader (with --building and --unit) or party_member_household (a resident on the party roll).</source>
        <translation>一名居民（按身份证号）或外来干部开始在网格中担任某一岗位：grid_leader 网格长、grid_worker 网格员、building_leader 楼栋长（需 --building）、unit_leader 单元长（需 --building 和 --unit）或 party_member_household 党员中心户（在党员名册上的居民）。</translation>
    </message>
    <message>
        <source>The role.</source>
        <translation>岗位。</translation>
    </message>
    <message>
        <source>The resident&apos;s ID number.</source>
        <translation>居民的身份证号。</translation>
    </message>
    <message>
        <source>The outside cadre&apos;s name.</source>
        <translation>外来干部的姓名。</translation>
    </message>
    <message>
        <source>The first day of service.</source>
        <translation>任职的第一天。</translation>
    </message>
    <message>
        <source>The building&apos;s name on the grid&apos;s site.</source>
        <translation>网格所在安置点的楼栋名称。</translation>
    </message>
    <message>
        <source>The unit&apos;s name in the building.</source>
        <translation>楼栋中的单元名称。</translation>
    </message>
    <message>
        <source>The party member&apos;s number on the roll.</source>
        <translation>党员在名册上的编号。</translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>The cadre&apos;s work unit.</source>
        <translation>干部的工作单位。</translation>
    </message>
    <message>
        <source>grid staff add needs --grid, --role, --from and one of --person or --cadre.</source>
        <translation>grid staff add 需要 --grid、--role、--from，以及 --person 或 --cadre 之一。</translation>
    </message>
    <message>
        <source>--role needs grid_leader, grid_worker, building_leader, unit_leader or party_member_household.</source>
        <translation>--role 须为 grid_leader、grid_worker、building_leader、unit_leader 或 party_member_household。</translation>
    </message>
    <message>
        <source>--from needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>--from 须为 YYYY-MM-DD 格式的日期，例如 2026-11-30。</translation>
    </message>
    <message>
        <source>No resident has the ID number %1.</source>
        <translation>没有身份证号为 %1 的居民。</translation>
    </message>
    <message>
        <source>The grid&apos;s site has no building named %1.</source>
        <translation>网格所在安置点没有名为 %1 的楼栋。</translation>
    </message>
    <message>
        <source>Building %1 has no unit named %2.</source>
        <translation>楼栋 %1 没有名为 %2 的单元。</translation>
    </message>
    <message>
        <source>Staff member %1 serves in %2 as %3 from %4.</source>
        <translation>人员 %1 自 %4 起在%2担任%3。</translation>
    </message>
    <message>
        <source>[--db LOCATION] grid staff end --id N --date YYYY-MM-DD --reason TEXT</source>
        <translation>[--db 位置] grid staff end --id 编号 --date YYYY-MM-DD --reason 原因</translation>
    </message>
    <message>
        <source>Ends a staff member&apos;s service on the day (refused while they have open visit tasks: hand them over instead).</source>
        <translation>自当天起结束该人员的任职（其仍有未完成的走访任务时拒绝：请改为移交）。</translation>
    </message>
    <message>
        <source>The staff member&apos;s number (grid staff shows it).</source>
        <translation>人员编号（grid staff 中显示）。</translation>
    </message>
    <message>
        <source>The first day they no longer serve.</source>
        <translation>不再任职的第一天。</translation>
    </message>
    <message>
        <source>Why the service ends.</source>
        <translation>结束任职的原因。</translation>
    </message>
    <message>
        <source>grid staff end needs --id, --date YYYY-MM-DD and --reason.</source>
        <translation>grid staff end 需要 --id、--date YYYY-MM-DD 和 --reason。</translation>
    </message>
    <message>
        <source>Staff member %1 served until %2.</source>
        <translation>人员 %1 任职至 %2。</translation>
    </message>
    <message>
        <source>[--db LOCATION] grid pair --household NUMBER (--member ID | --staff N | --cadre NAME) --from YYYY-MM-DD [--phone PHONE] [--work-unit TEXT]</source>
        <translation>[--db 位置] grid pair --household 户编号 (--member 党员编号 | --staff 编号 | --cadre 姓名) --from YYYY-MM-DD [--phone 电话] [--work-unit 单位]</translation>
    </message>
    <message>
        <source>Pairs the household (结对帮扶) with a party member, a grid staff member or an outside cadre from the day.</source>
        <translation>自当天起将该户与一名党员、网格人员或外来干部结对帮扶。</translation>
    </message>
    <message>
        <source>The household&apos;s number.</source>
        <translation>户编号。</translation>
    </message>
    <message>
        <source>The day the pairing starts.</source>
        <translation>结对开始的日期。</translation>
    </message>
    <message>
        <source>grid pair needs --household, --from YYYY-MM-DD and one of --member, --staff or --cadre.</source>
        <translation>grid pair 需要 --household、--from YYYY-MM-DD，以及 --member、--staff 或 --cadre 之一。</translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation>没有编号为 %1 的户。</translation>
    </message>
    <message>
        <source>Household %1 paired from %2 (pairing %3).</source>
        <translation>户 %1 自 %2 起结对（结对编号 %3）。</translation>
    </message>
    <message>
        <source>A successor already serving: their staff number.</source>
        <translation>已在任的接任者：其人员编号。</translation>
    </message>
    <message>
        <source>A resident successor&apos;s ID number.</source>
        <translation>居民接任者的身份证号。</translation>
    </message>
    <message>
        <source>An outside cadre successor&apos;s name.</source>
        <translation>外来干部接任者的姓名。</translation>
    </message>
    <message>
        <source>The successor&apos;s phone number.</source>
        <translation>接任者的联系电话。</translation>
    </message>
    <message>
        <source>The party member handing their pairings over.</source>
        <translation>移交结对户的党员。</translation>
    </message>
    <message>
        <source>The party member taking them.</source>
        <translation>接收结对户的党员。</translation>
    </message>
    <message>
        <source>The day of the handover.</source>
        <translation>移交日期。</translation>
    </message>
    <message>
        <source>Why the work is handed over.</source>
        <translation>移交工作的原因。</translation>
    </message>
    <message>
        <source>Handed over on %1: %2 pairing(s) and %3 open visit task(s).</source>
        <translation>已于 %1 移交：%2 个结对户和 %3 项未完成的走访任务。</translation>
    </message>
    <message>
        <source>The successor serves as staff member %1.</source>
        <translation>接任者的人员编号为 %1。</translation>
    </message>
    <message>
        <source>[--db LOCATION] grid handover --from-staff N (--to-staff N | --to-person ID-NUMBER | --to-cadre NAME) --date YYYY-MM-DD --reason TEXT | (--pairings-from MEMBER | --pairings-from-staff N | --pairings-from-cadre NAME) (--to MEMBER | --to-staff N | --to-cadre NAME) [--households NUMBER,...] --date YYYY-MM-DD --reason TEXT</source>
        <translation>[--db 位置] grid handover --from-staff 编号 (--to-staff 编号 | --to-person 身份证号 | --to-cadre 姓名) --date YYYY-MM-DD --reason 原因 | (--pairings-from 党员编号 | --pairings-from-staff 编号 | --pairings-from-cadre 姓名) (--to 党员编号 | --to-staff 编号 | --to-cadre 姓名) [--households 户号,...] --date YYYY-MM-DD --reason 原因</translation>
    </message>
    <message>
        <source>Hands a staff member&apos;s seat over in one action: their service ends on the day and the successor takes their pairings and open visit tasks. With --pairings-from (a party member), --pairings-from-staff or --pairings-from-cadre, only the pairings (all, or those of the households named) and their households&apos; open visit tasks go to a party member, a staff member or an outside cadre (结对移交).</source>
        <translation>一次完成人员岗位的移交：其任职于当天结束，接任者接过其结对户和未完成的走访任务。使用 --pairings-from（党员）、--pairings-from-staff 或 --pairings-from-cadre 时，只移交结对（全部，或所列住户的结对）及这些住户未完成的走访任务，接任者可以是党员、网格人员或外单位干部（结对移交）。</translation>
    </message>
    <message>
        <source>The staff member handing their pairings over.</source>
        <translation>移交结对户的网格人员编号。</translation>
    </message>
    <message>
        <source>The outside cadre handing their pairings over.</source>
        <translation>移交结对户的外单位干部姓名。</translation>
    </message>
    <message>
        <source>Only the pairings with these households (numbers, comma separated).</source>
        <translation>只移交与这些住户的结对（户号，以逗号分隔）。</translation>
    </message>
    <message>
        <source>grid handover needs --date YYYY-MM-DD, --reason and either --from-staff with one of --to-staff, --to-person or --to-cadre, or one of --pairings-from, --pairings-from-staff or --pairings-from-cadre with one of --to, --to-staff or --to-cadre.</source>
        <translation>grid handover 需要 --date YYYY-MM-DD、--reason，以及 --from-staff 加 --to-staff、--to-person 或 --to-cadre 之一，或 --pairings-from、--pairings-from-staff、--pairings-from-cadre 之一加 --to、--to-staff 或 --to-cadre 之一。</translation>
    </message>
    <message>
        <source>No open pairing of theirs is with household %1.</source>
        <translation>其当前结对中没有 %1 户。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>ID-NUMBER</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>NUMBER,…</source>
        <translation>户编号,…</translation>
    </message>
    <message>
        <source>BUILDING</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单元</translation>
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
    <message>
        <source>Shows one household: its address, origin and members, with every household each member has belonged to, the members who moved to another household, and the timeline of its visits, cases and pairing contacts, newest first.</source>
        <translation>显示一户：住址、迁出地和家庭成员，每名成员曾属的各户，迁往别户的成员，以及该户的走访、网格事件和结对联系（最新的在前）。</translation>
    </message>
    <message>
        <source>Visits and cases, newest first:</source>
        <translation>走访与事件（最新的在前）：</translation>
    </message>
</context>
<context>
    <name>anju::cli::ImportCommand</name>
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
    <message>
        <source>[--db LOCATION] import FILE [--dry-run] [--skip-invalid] [--json] [--sheet N] [--header-row N] [--site CODE] [--moved-in DATE]</source>
        <translation>[--db LOCATION] import FILE [--dry-run] [--skip-invalid] [--json] [--sheet N] [--header-row N] [--site CODE] [--moved-in DATE]</translation>
    </message>
    <message>
        <source>Move-in date (YYYY-MM-DD) for households whose rows give none, as in a roster without that column.</source>
        <translation>未填搬迁入住日期的住户所用的日期（YYYY-MM-DD），用于没有这一列的花名册。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--moved-in must be a date written YYYY-MM-DD.</source>
        <translation>--moved-in 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
</context>
<context>
    <name>anju::cli::IncomeCommand</name>
    <message>
        <source>The month of the checks.</source>
        <translation>核查月份。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation>只列出该编码安置点的搬迁户。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Name the month with --month YYYY-MM, e.g. 2026-11.</source>
        <translation>请用 --month YYYY-MM 指定月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation>--month 需要 YYYY-MM 格式的月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>below the line</source>
        <translation>低于监测标准</translation>
    </message>
    <message>
        <source>income drop</source>
        <translation>收入骤降</translation>
    </message>
    <message>
        <source>large expense</source>
        <translation>大额支出</translation>
    </message>
    <message>
        <source>income needs one of: %1, e.g. anju-cli income flags --month 2026-11.</source>
        <translation>income 后面需要以下之一：%1，例如 anju-cli income flags --month 2026-11。</translation>
    </message>
    <message>
        <source>[--db LOCATION] income flags --month YYYY-MM [--site CODE] [--json]</source>
        <translation>[--db LOCATION] income flags --month YYYY-MM [--site CODE] [--json]</translation>
    </message>
    <message>
        <source>Lists the month&apos;s flagged households by site and number: below the year&apos;s monitoring line, a drop from their recent months, or a large expense, with the per-capita annual net income.</source>
        <translation>按安置点和户编号列出本月收支核查的预警户：人均纯收入低于当年监测标准、比近几个月明显下降，或有大额支出，并列出年人均纯收入。</translation>
    </message>
    <message>
        <source>Flagged households of %1: %2 (site, number, head, headcount, net income, per-capita annual, flags; yuan):</source>
        <translation>%1 预警户：%2 户（安置点、户编号、户主、人口、月纯收入、年人均纯收入、预警；单位：元）：</translation>
    </message>
    <message>
        <source>[--db LOCATION] income missing --month YYYY-MM [--site CODE] [--json]</source>
        <translation>[--db LOCATION] income missing --month YYYY-MM [--site CODE] [--json]</translation>
    </message>
    <message>
        <source>Lists the households active at the month&apos;s end that have no check of the month, with the month of their latest check.</source>
        <translation>列出月底在册、但本月没有收支核查记录的搬迁户，并列出其最近一次核查的月份。</translation>
    </message>
    <message>
        <source>Households not checked in %1: %2 (site, number, head, last checked):</source>
        <translation>%1 未核查户：%2 户（安置点、户编号、户主、最近核查月份）：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未核查</translation>
    </message>
</context>
<context>
    <name>anju::cli::IncomeImportCommand</name>
    <message>
        <source>[--db LOCATION] income import FILE [--month YYYY-MM] [--dry-run] [--json] [--rejected FILE.xlsx]</source>
        <translation>[--db 位置] income import 文件 [--month YYYY-MM] [--dry-run] [--json] [--rejected 文件.xlsx]</translation>
    </message>
    <message>
        <source>Imports a month&apos;s income checks (月度收支核查, .xlsx or .csv), one row per household found by the head&apos;s ID number (户主身份证号) or the household code (户编号). A row with an error is rejected with its reasons and the other rows are written; a check of that month already on file is replaced, one equal to the row is left as it is.</source>
        <translation>导入一个月的收支核查（月度收支核查，.xlsx 或 .csv），每户一行，按户主身份证号或户编号查找家庭。有错误的行连同原因被拒绝，其余行照常写入；该月已有的核查被替换，与表中一致的保持不变。</translation>
    </message>
    <message>
        <source>The month of the whole file, for a sheet without a 月份 column.</source>
        <translation>整个文件的月份，用于没有“月份”列的表。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>检查文件并报告，但不写入任何数据。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Save the rejected rows with their reasons to this .xlsx, to correct and import again.</source>
        <translation>将被拒绝的行连同原因保存到此 .xlsx 文件，改正后重新导入。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>income import takes exactly one file.</source>
        <translation>income import 只接受一个文件。</translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM.</source>
        <translation>--month 必须是 YYYY-MM 格式的月份。</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, header on row %2: %n row(s) read.</source>
        <translation>
            <numerusform>工作表“%1”，表头在第 %2 行：读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation>新增 %1 条，变更 %2 条，未变 %3 条，拒绝 %4 行</translation>
    </message>
    <message>
        <source>Checks imported: %1.</source>
        <translation>已导入核查：%1。</translation>
    </message>
    <message>
        <source>Checks that would be imported: %1 (dry run: nothing written).</source>
        <translation>将导入的核查：%1（试运行：未写入任何数据）。</translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>未写入任何数据：%1。</translation>
    </message>
    <message>
        <source>The rejected rows are saved in %1.</source>
        <translation>被拒绝的行已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>anju::cli::IndustryCommand</name>
    <message>
        <source>industry needs list, e.g. anju-cli industry list --year 2024.</source>
        <translation>industry 后面要跟 list，例如 anju-cli industry list --year 2024。</translation>
    </message>
    <message>
        <source>[--db LOCATION] industry list [--year YYYY] [--level LEVEL] [--site CODE] [--search TEXT] [--json]</source>
        <translation>[--db 位置] industry list [--year YYYY] [--level 层级] [--site 编码] [--search 文字] [--json]</translation>
    </message>
    <message>
        <source>Lists the industry projects by level with their beneficiary households and people: of a year (projects holding in it), or of every year. A household counts once per project. Levels: county_park, township_base, village_cooperative, household.</source>
        <translation>按层级列出产业项目及其受益户数和受益人数：某一年的（该年内实施中的项目），或所有年份的。同一户在一个项目中只计一次。层级：county_park、township_base、village_cooperative、household。</translation>
    </message>
    <message>
        <source>The year of the benefits.</source>
        <translation>受益年度。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Only this level.</source>
        <translation>只看这个层级。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Only this site&apos;s projects (its code).</source>
        <translation>只看这个安置点的项目（安置点编码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Part of the name, operator or location.</source>
        <translation>项目名称、经营主体或地点的一部分。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Print the projects as JSON.</source>
        <translation>以 JSON 格式输出项目。</translation>
    </message>
    <message>
        <source>--year needs a year, e.g. 2024.</source>
        <translation>--year 需要写成年份，例如 2024。</translation>
    </message>
    <message>
        <source>--level needs county_park, township_base, village_cooperative or household.</source>
        <translation>--level 需要 county_park、township_base、village_cooperative 或 household。</translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) in %1.</source>
        <translation>
            <numerusform>%1 年共 %n 个项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>共 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>(id, name, level, model, site, investment in yuan, households, people, shares, amount in yuan)</source>
        <translation>（编号、名称、层级、带动模式、安置点、投资额（元）、受益户数、受益人数、股数、金额（元））</translation>
    </message>
    <message>
        <source>whole office</source>
        <translation>全部安置点</translation>
    </message>
</context>
<context>
    <name>anju::cli::InitCommand</name>
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
    <message>
        <source>[--db LOCATION] --user NAME init [--name FULL_NAME]</source>
        <translation>[--db LOCATION] --user NAME init [--name FULL_NAME]</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>管理员的姓名。</translation>
    </message>
    <message>
        <source>FULL_NAME</source>
        <translation>FULL_NAME</translation>
    </message>
    <message>
        <source>The new database needs its administrator: run init again with --user NAME (or ANJU_USER) and the password in ANJU_PASSWORD or typed. There is no preset password.</source>
        <translation>新数据库需要管理员：请加上 --user 用户名（或 ANJU_USER）再次运行 init，密码放在 ANJU_PASSWORD 中或在终端输入。系统没有预设密码。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s password in the variable ANJU_PASSWORD, or type it at a terminal.</source>
        <translation>请在环境变量 ANJU_PASSWORD 中提供管理员密码，或在终端输入。</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>两次输入的密码不一致，未创建任何内容。</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>管理员：%1</translation>
    </message>
    <message>
        <source>Made again: %1</source>
        <translation>已重新创建：%1</translation>
    </message>
    <message>
        <source>Creates the database, or upgrades an existing one to the schema of this program, and prints its location and schema version. A new database gets its administrator: the user named by --user (or ANJU_USER), with the password from ANJU_PASSWORD or typed twice. An upgrade is the administrator&apos;s: --user names them and their password is asked for.</source>
        <translation>创建数据库，或将已有数据库升级到本程序的结构版本，并显示其位置和结构版本。新数据库同时创建管理员：用户名由 --user（或 ANJU_USER）指定，密码取自 ANJU_PASSWORD，或在终端输入两次。升级已有数据库只能由管理员进行：用 --user 指定管理员，并提供其密码。</translation>
    </message>
    <message>
        <source>Owner role: %1; desk logins belong to %2</source>
        <translation>属主角色：%1；工作站登录账号属于 %2</translation>
    </message>
    <message>
        <source>This server login may not create roles, so the database is not yet owned by the role %1 that no desk logs in with: run init once with the administrator&apos;s server login or the postgres superuser (README: Several desks on PostgreSQL).</source>
        <translation>此服务器登录账号不能创建角色，因此数据库尚未归任何工作站都不用来登录的角色 %1 所有：请用管理员的服务器登录账号或 postgres 超级用户运行一次 init（见 README：多个工作站共用 PostgreSQL）。</translation>
    </message>
    <message>
        <source>The database now belongs to the role %1; desk logins belong to %2</source>
        <translation>数据库现归角色 %1 所有；工作站登录账号属于 %2</translation>
    </message>
</context>
<context>
    <name>anju::cli::MigrateCommand</name>
    <message>
        <source>migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>Moves the whole Anju database file of a single desk onto a PostgreSQL server, into an empty database, in one transaction; compares the row counts of every table before committing. The file is not changed.</source>
        <translation>把单机使用的整个安居数据库文件迁移到 PostgreSQL 服务器上的空数据库，在一个事务中完成；提交前逐表核对行数。原文件不会改动。</translation>
    </message>
    <message>
        <source>The Anju database file to move.</source>
        <translation>要迁移的安居数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The PostgreSQL database to move it into.</source>
        <translation>迁入的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>migrate needs --from FILE and --to URL.</source>
        <translation>migrate 需要 --from FILE 和 --to URL。</translation>
    </message>
    <message>
        <source>--from takes a database file and --to a postgresql:// location.</source>
        <translation>--from 应为数据库文件，--to 应为 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Copying: %1%</source>
        <translation>正在复制：%1%</translation>
    </message>
    <message>
        <source>Moved %1 into %2; the row counts of every table match.</source>
        <translation>已将 %1 迁移到 %2，各表行数一致。</translation>
    </message>
</context>
<context>
    <name>anju::cli::MonitoringCommand</name>
    <message>
        <source>monitoring needs list, show or notice, e.g. anju-cli monitoring list --state monitored.</source>
        <translation>monitoring 后面要跟 list、show 或 notice，例如 anju-cli monitoring list --state monitored。</translation>
    </message>
    <message>
        <source>[--db LOCATION] monitoring list [--state STATE] [--site CODE] [--overdue] [--date YYYY-MM-DD] [--json]</source>
        <translation>[--db LOCATION] monitoring list [--state STATE] [--site CODE] [--overdue] [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Lists the monitoring households: state, category, the step due now and its deadline. States: entry_review, declined, monitored, elimination_review, eliminated.</source>
        <translation>列出监测户：状态、类别、当前步骤及其期限。状态：entry_review（纳入审核中）、declined（未纳入）、monitored（监测中）、elimination_review（风险消除审核中）、eliminated（已消除风险）。</translation>
    </message>
    <message>
        <source>Only the cases in this state.</source>
        <translation>只列这个状态的户。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Only the households of this site (code or id).</source>
        <translation>只列这个安置点的户（编码或编号）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only the cases whose step due now is overdue.</source>
        <translation>只列当前步骤已超期的户。</translation>
    </message>
    <message>
        <source>The day to judge overdue on (default: today).</source>
        <translation>判断超期的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>--state needs entry_review, declined, monitored, elimination_review or eliminated.</source>
        <translation>--state 要填 entry_review、declined、monitored、elimination_review 或 eliminated。</translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD.</source>
        <translation>--date 要按 YYYY-MM-DD 填写日期。</translation>
    </message>
    <message>
        <source>No site has the code or id %1.</source>
        <translation>没有编码或编号为 %1 的安置点。</translation>
    </message>
    <message>
        <source>Monitoring households (id, household, head, category, state, since, step due, deadline):</source>
        <translation>监测户（编号、户编号、户主、类别、状态、日期、当前步骤、期限）：</translation>
    </message>
    <message>
        <source>	overdue</source>
        <translation>	已超期</translation>
    </message>
    <message>
        <source>[--db LOCATION] monitoring show ID [--json]</source>
        <translation>[--db LOCATION] monitoring show ID [--json]</translation>
    </message>
    <message>
        <source>Shows one monitoring case: its steps with their dates and decisions, the notice period, objections, measures and risks.</source>
        <translation>显示一条监测记录：各步骤的日期和决定、公示期、异议、帮扶措施和风险。</translation>
    </message>
    <message>
        <source>Print the case as JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>monitoring show needs the case&apos;s id.</source>
        <translation>monitoring show 要填监测记录的编号。</translation>
    </message>
    <message>
        <source>Monitoring case %1: household %2 (%3), %4, %5 since %6</source>
        <translation>监测记录 %1：户 %2（%3），%4，%6 起%5</translation>
    </message>
    <message>
        <source>Found %1 through %2: %3</source>
        <translation>%1 经%2发现：%3</translation>
    </message>
    <message>
        <source>  %1 %2: begun %3</source>
        <translation>  %1 %2：%3 开始</translation>
    </message>
    <message>
        <source>, notice %1 to %2</source>
        <translation>，公示 %1 至 %2</translation>
    </message>
    <message>
        <source>, %1 on %2 by %3</source>
        <translation>，%2 %1（经办人 %3）</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>  Objection %1 from %2: %3; %4</source>
        <translation>  异议 %1 %2：%3；%4</translation>
    </message>
    <message>
        <source>settled %1: %2</source>
        <translation>%1 已处理：%2</translation>
    </message>
    <message>
        <source>not settled</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>  Measure %1: %2 by %3, from %4%5</source>
        <translation>  措施 %1：%2（%3），%4 起%5</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>  Risk: %1 %2</source>
        <translation>  风险：%1 %2</translation>
    </message>
    <message>
        <source>[--db LOCATION] monitoring notice --site CODE [--date YYYY-MM-DD] -o FILE.pdf</source>
        <translation>[--db LOCATION] monitoring notice --site CODE [--date YYYY-MM-DD] -o FILE.pdf</translation>
    </message>
    <message>
        <source>The site (code or id).</source>
        <translation>安置点（编码或编号）。</translation>
    </message>
    <message>
        <source>The day of the board (default: today).</source>
        <translation>公示名单的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要生成的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>monitoring notice takes no arguments besides its options.</source>
        <translation>monitoring notice 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>monitoring notice needs --site.</source>
        <translation>monitoring notice 要填 --site。</translation>
    </message>
    <message>
        <source>monitoring notice needs -o FILE.pdf.</source>
        <translation>monitoring notice 要填 -o FILE.pdf。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 households on notice.</source>
        <translation>已生成 %1：公示 %2 户。</translation>
    </message>
    <message>
        <source>Writes the notice board list (公示, A4 PDF) of a site: the households whose notice runs on the day (entry or risk elimination, not yet decided), with their category and the reason found, the head&apos;s name (ID number and phone masked), the period and where to object.</source>
        <translation>生成一个安置点的公示名单（A4 PDF）：这一天正在公示、尚未定论的户（纳入监测或风险消除），写明类别和识别原因、户主姓名（身份证号和电话遮住中间几位）、公示期和提出异议的地方。</translation>
    </message>
    <message>
        <source>No household is on notice at %1 on %2; wrote %3 saying so.</source>
        <translation>%1 在 %2 没有正在公示的户；已写出 %3，注明无公示对象。</translation>
    </message>
    <message>
        <source>, attempt %1</source>
        <translation>，第%1次</translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyExportCommand</name>
    <message>
        <source>[--db LOCATION] party export roster -o FILE</source>
        <translation>[--db LOCATION] party export roster -o FILE</translation>
    </message>
    <message>
        <source>Writes the members on the roll as a party roster (党员花名册, .xlsx) in the layout party import reads.</source>
        <translation>把在册党员导出为党员花名册（.xlsx），格式与 party import 读取的相同。</translation>
    </message>
    <message>
        <source>The .xlsx file to write.</source>
        <translation>要写入的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>party export needs roster, e.g. anju-cli party export roster -o 党员.xlsx.</source>
        <translation>party export 后须跟 roster，例如 anju-cli party export roster -o 党员.xlsx。</translation>
    </message>
    <message>
        <source>-o needs an .xlsx file.</source>
        <translation>-o 须为 .xlsx 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1.</source>
        <translation>
            <numerusform>已把 %n 名党员写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyImportCommand</name>
    <message>
        <source>[--db LOCATION] party import FILE [--dry-run] [--json]</source>
        <translation>[--db LOCATION] party import FILE [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Imports a branch&apos;s roster of party members (党员花名册, .xlsx or .csv): members matched to residents by ID number, others as outside cadres. A row with an error is rejected and then nothing is written; steps that break a rule of development go in as entered from records (据档案补录), with a warning each. Members already on file are left unchanged.</source>
        <translation>导入党支部的党员花名册（.xlsx 或 .csv）：按身份证号与居民对应，其余作为外来干部登记。有错误的行不予导入，且整个文件都不写入；不符合发展党员规定的步骤作为据档案补录导入，每处给出一条警告。已登记的党员保持不变。</translation>
    </message>
    <message>
        <source>Check the file and write nothing.</source>
        <translation>只检查文件，不写入。</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>party import takes exactly one file.</source>
        <translation>party import 只接受一个文件。</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported</source>
        <translation>
            <numerusform>已导入 %n 名党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) would be imported</source>
        <translation>
            <numerusform>将导入 %n 名党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already on file</source>
        <translation>
            <numerusform>，%n 名已登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) rejected</source>
        <translation>
            <numerusform>，%n 行未通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>，%n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: correct the rows above and import the file again.</source>
        <translation>未写入任何内容：请改正上述各行后重新导入。</translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyLeaveCommand</name>
    <message>
        <source>[--db LOCATION] party leave MEMBER --way WAY --date YYYY-MM-DD --decision TEXT --meeting YYYY-MM-DD [--reason TEXT]</source>
        <translation>[--db LOCATION] party leave MEMBER --way WAY --date YYYY-MM-DD --decision TEXT --meeting YYYY-MM-DD [--reason TEXT]</translation>
    </message>
    <message>
        <source>Records that a party member left the party: probation_cancelled (取消预备党员资格, a probationary member only), withdrawal (退党), removal (除名) or expulsion (开除党籍). MEMBER is the member&apos;s number as party review --json prints it; --meeting is the day of the branch general meeting of the member&apos;s branch that decided it. The member stays on file and is no longer counted.</source>
        <translation>登记党员出党：probation_cancelled（取消预备党员资格，仅限预备党员）、withdrawal（退党）、removal（除名）或 expulsion（开除党籍）。MEMBER 为党员编号（见 party review --json 的输出）；--meeting 为作出决定的、该党员所在支部的支部党员大会日期。该党员仍保留在档，不再计入党员人数。</translation>
    </message>
    <message>
        <source>How: probation_cancelled, withdrawal, removal or expulsion.</source>
        <translation>出党方式：probation_cancelled、withdrawal、removal 或 expulsion。</translation>
    </message>
    <message>
        <source>WAY</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>The day the member left.</source>
        <translation>出党日期。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The decision&apos;s text or document number.</source>
        <translation>决定内容或文号。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The day of the branch general meeting that decided it.</source>
        <translation>作出决定的支部党员大会日期。</translation>
    </message>
    <message>
        <source>Why, in a few words.</source>
        <translation>原因（简要说明）。</translation>
    </message>
    <message>
        <source>party leave needs one member number.</source>
        <translation>party leave 需要一个党员编号。</translation>
    </message>
    <message>
        <source>--way must be probation_cancelled, withdrawal, removal or expulsion.</source>
        <translation>--way 须为 probation_cancelled、withdrawal、removal 或 expulsion。</translation>
    </message>
    <message>
        <source>--date and --meeting need days written YYYY-MM-DD.</source>
        <translation>--date 和 --meeting 须写成 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>No party member has the number %1.</source>
        <translation>没有编号为 %1 的党员。</translation>
    </message>
    <message>
        <source>%1&apos;s branch held no branch general meeting on %2; record the meeting first.</source>
        <translation>%1所在支部在 %2 未召开支部党员大会；请先登记该会议。</translation>
    </message>
    <message>
        <source>%1: %2 on %3.</source>
        <translation>%1：%3 %2。</translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyReconcileCommand</name>
    <message numerus="yes">
        <source>%n disagreement(s) between 政治面貌 and the party records.</source>
        <translation>
            <numerusform>政治面貌与党员档案不一致 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>[--db LOCATION] party reconcile [--person ID --from party|register] [--json]</source>
        <translation>[--db LOCATION] party reconcile [--person ID --from party|register] [--json]</translation>
    </message>
    <message>
        <source>Lists the residents whose 政治面貌 in the household register and party record disagree (the party review&apos;s rows). With --person and --from party, sets the register&apos;s 政治面貌 from the party record (audited). With --from register, prints what the secretary must record in the party records and writes nothing: a register entry has no dates to make the party&apos;s steps from.</source>
        <translation>列出户籍登记的政治面貌与党员档案不一致的居民（即党务待办中的相应条目）。加 --person 和 --from party：按党员档案设置户籍登记的政治面貌（记入审计日志）。加 --from register：说明书记须在党员档案中登记什么，不写入任何数据：户籍登记没有日期，不能据以生成入党各步骤。</translation>
    </message>
    <message>
        <source>The person&apos;s number, as the list prints it.</source>
        <translation>人员编号（见列表）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Which record is right: party or register.</source>
        <translation>以哪一方为准：party（党员档案）或 register（户籍登记）。</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>party reconcile takes no arguments besides its options.</source>
        <translation>party reconcile 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>--person needs a person&apos;s number.</source>
        <translation>--person 需要人员编号。</translation>
    </message>
    <message>
        <source>--from must be party or register.</source>
        <translation>--from 须为 party 或 register。</translation>
    </message>
    <message>
        <source>The household register&apos;s 政治面貌 of person %1 is set from the party record.</source>
        <translation>已按党员档案设置人员 %1 在户籍登记中的政治面貌。</translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyReviewCommand</name>
    <message>
        <source>[--db LOCATION] party review [--month YYYY-MM] [--organisation NAME] [--json]</source>
        <translation>[--db LOCATION] party review [--month YYYY-MM] [--organisation NAME] [--json]</translation>
    </message>
    <message>
        <source>Prints the party secretary&apos;s review of a month: conversions due or overdue, activists reaching one year, probation extensions ending, dues in arrears, meetings not held, transfers pending, sites breaking the coverage rule or without a work team. A past month is shown as the records stood at its end.</source>
        <translation>列出党务工作者某月的待办事项：到期或逾期的预备党员转正、培养满一年的入党积极分子、延长预备期届满、党费欠缴、未召开的会议、未办结的组织关系转接、不符合党组织覆盖要求或没有驻村工作队的安置点。查看以往月份时，按该月月末的记录显示。</translation>
    </message>
    <message>
        <source>The month to review (default: this month).</source>
        <translation>要查看的月份（默认：本月）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Only this organisation and those under it (its exact name).</source>
        <translation>只看该党组织及其下级（填写准确名称）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>party review takes no arguments besides its options.</source>
        <translation>party review 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation>--month 须按 YYYY-MM 填写月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>No party organisation is named %1.</source>
        <translation>没有名为%1的党组织。</translation>
    </message>
    <message numerus="yes">
        <source>Party review of %1: %n item(s).</source>
        <translation>
            <numerusform>%1党建待办：共%n项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::cli::ReportCommand</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <source>The reporting unit (填报单位) printed above the figures (default: the office&apos;s name in the settings, or the site&apos;s name).</source>
        <translation>表头所印的填报单位（默认：设置中的单位名称，单个安置点时为安置点名称）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
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
        <source>No reporting unit is set: a site&apos;s summary names the site.</source>
        <translation>未设置填报单位：安置点的报表以安置点名称为填报单位。</translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation>填报单位：%1</translation>
    </message>
    <message>
        <source>[--db LOCATION] report monthly [--month YYYY-MM] [--site CODE] [--unit NAME] -o FILE | report unit [NAME]</source>
        <translation>[--db LOCATION] report monthly [--month YYYY-MM] [--site CODE] [--unit NAME] -o FILE | report unit [NAME]</translation>
    </message>
    <message>
        <source>Writes the monthly summary of the whole office or of one site: households and people, moves, structure and the site rules broken, each with last month&apos;s figure and the change. The file&apos;s extension chooses the format: .pdf (A4, for printing), .xlsx (the office layout with signature lines) or .json (for other programs). report unit shows the reporting unit (填报单位) kept in the settings, or saves NAME as it (an empty NAME clears it), as the field on the 报表 page does.</source>
        <translation>生成全部安置点或单个安置点的月度汇总：户数人口、迁入迁出、人口结构和不符合规范的安置点，每项均列出上月数和增减。按文件扩展名选择格式：.pdf（A4，用于打印）、.xlsx（单位常用报表格式，含签字栏）或 .json（供其他程序使用）。report unit 显示设置中保存的填报单位，或将 NAME 保存为填报单位（NAME 为空则清除），与“报表”页上的填报单位栏相同。</translation>
    </message>
    <message>
        <source>report unit takes one NAME; put a name with spaces in quotes.</source>
        <translation>report unit 只接受一个名称；含空格的名称请加引号。</translation>
    </message>
</context>
<context>
    <name>anju::cli::RestoreCommand</name>
    <message>
        <source>[--db LOCATION] restore FILE</source>
        <translation>[--db LOCATION] restore FILE</translation>
    </message>
    <message>
        <source>restore takes one backup file.</source>
        <translation>restore 需要指定一个备份文件。</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>The database as it was before: %1</source>
        <translation>恢复前的数据库：%1</translation>
    </message>
    <message>
        <source>Checks the backup FILE (integrity, schema version), keeps the present database aside (in a file beside it; on a server, renamed to NAME_before_restore_TIME), and replaces the database&apos;s contents with the backup. On a server the other desks must close Anju first. Only an administrator may restore.</source>
        <translation>校验备份文件 FILE（完整性、结构版本），保留现有数据库（保存为旁边的一个文件；服务器上改名为 NAME_before_restore_时间），再用备份替换数据库内容。服务器上须其他工作站先退出安居。只有管理员可以恢复。</translation>
    </message>
    <message>
        <source>Restoring: %1%</source>
        <translation>正在恢复：%1%</translation>
    </message>
</context>
<context>
    <name>anju::cli::SafetyNetCommand</name>
    <message>
        <source>safetynet needs list, enrol, amount, end or exempt, e.g. anju-cli safetynet list --scheme dibao.</source>
        <translation>safetynet 后面要跟 list、enrol、amount、end 或 exempt，例如 anju-cli safetynet list --scheme dibao。</translation>
    </message>
    <message>
        <source>[--db LOCATION] safetynet list [--scheme KEY] [--site CODE] [--date YYYY-MM-DD] [--json]</source>
        <translation>[--db LOCATION] safetynet list [--scheme KEY] [--site CODE] [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Lists the people in the safety net on a day (monthly enrolments holding that day, one-off payments of its month up to the day), with the totals per scheme.</source>
        <translation>列出某一天享受兜底保障的人（这一天有效的按月保障，以及当月截至这一天的一次性发放），并按项目合计。</translation>
    </message>
    <message>
        <source>Only this scheme (dibao, tekun …).</source>
        <translation>只看这个项目（dibao、tekun……）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Only this site (its code).</source>
        <translation>只看这个安置点（安置点编码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>日期（默认：今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD.</source>
        <translation>--date 需要写成 YYYY-MM-DD 的日期。</translation>
    </message>
    <message>
        <source>%1 is not a scheme of the office&apos;s list: %2.</source>
        <translation>%1 不在本单位的保障项目表中：%2。</translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>Safety net on %1: %2 enrolment(s).</source>
        <translation>%1 兜底保障：%2 条。</translation>
    </message>
    <message>
        <source>%1 people, %2 yuan a month, %3 yuan one-off</source>
        <translation>%1 人，每月 %2 元，一次性 %3 元</translation>
    </message>
    <message>
        <source>(id, person, household, scheme, amount in yuan, from, to)</source>
        <translation>（编号、姓名、户编号、项目、金额（元）、开始、截止）</translation>
    </message>
    <message>
        <source> (one-off)</source>
        <translation>（一次性）</translation>
    </message>
    <message>
        <source>[--db LOCATION] safetynet enrol --person ID --scheme KEY --amount YUAN [--one-off] --from DATE [--to DATE] [--note TEXT] | amount --enrolment N --amount YUAN --from DATE | end --enrolment N --on DATE --reason TEXT | exempt --person ID --reason TEXT --from DATE [--to DATE]</source>
        <translation>[--db LOCATION] safetynet enrol --person ID --scheme KEY --amount YUAN [--one-off] --from DATE [--to DATE] [--note TEXT] | amount --enrolment N --amount YUAN --from DATE | end --enrolment N --on DATE --reason TEXT | exempt --person ID --reason TEXT --from DATE [--to DATE]</translation>
    </message>
    <message>
        <source>enrol puts a person (ID number) into a scheme with a monthly or one-off amount; amount changes a monthly amount from a day; end ends an enrolment on a day (the first day it no longer holds) with the reason; exempt records why a person is not enrolled.</source>
        <translation>enrol 为某人（身份证号）登记保障项目及每月或一次性金额；amount 从某天起调整每月金额；end 在某天停发（从这天起不再享受）并写明原因；exempt 记录某人不纳入的原因。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation>YUAN</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The amount is paid once, on the --from day.</source>
        <translation>金额一次性发放，发放日为 --from 那天。</translation>
    </message>
    <message>
        <source>--amount needs yuan written like 580 or 580.50.</source>
        <translation>--amount 需要写成元，例如 580 或 580.50。</translation>
    </message>
    <message>
        <source>--%1 needs a day written YYYY-MM-DD.</source>
        <translation>--%1 需要写成 YYYY-MM-DD 的日期。</translation>
    </message>
    <message>
        <source>No person has the ID number %1.</source>
        <translation>没有身份证号为 %1 的人。</translation>
    </message>
    <message>
        <source>Enrolment %1 saved.</source>
        <translation>兜底保障 %1 已保存。</translation>
    </message>
    <message>
        <source>Reason %1 saved.</source>
        <translation>原因 %1 已保存。</translation>
    </message>
    <message>
        <source>No enrolment has the number %1.</source>
        <translation>没有编号为 %1 的兜底保障。</translation>
    </message>
    <message>
        <source>Enrolment %1 ends on %2; enrolment %3 pays %4 yuan a month from that day.</source>
        <translation>兜底保障 %1 于 %2 结束；从这天起按兜底保障 %3 每月发放 %4 元。</translation>
    </message>
    <message>
        <source>Enrolment %1 ends on %2.</source>
        <translation>兜底保障 %1 于 %2 停发。</translation>
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
    <name>anju::cli::ServerLoginCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Password of the server login %1: </source>
        <translation>服务器登录账号 %1 的密码：</translation>
    </message>
    <message>
        <source>Give the password with --password-file, in ANJU_NEW_PASSWORD, or type it at a terminal.</source>
        <translation>请用 --password-file 或环境变量 ANJU_NEW_PASSWORD 提供密码，或在终端输入。</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; no login was made.</source>
        <translation>两次输入的密码不同；未创建登录账号。</translation>
    </message>
    <message>
        <source>--db postgresql://ADMIN@HOST/DATABASE server-login add NAME [--password-file FILE] | list</source>
        <translation>--db postgresql://ADMIN@HOST/DATABASE server-login add NAME [--password-file FILE] | list</translation>
    </message>
    <message>
        <source>The administrator makes the PostgreSQL login a desk connects with: it may do the program&apos;s work and no more (it cannot change or delete the audit trail, switch triggers off or drop anything). Run with a server login that may create roles. The password comes from the first line of FILE, from ANJU_NEW_PASSWORD, or is typed twice.</source>
        <translation>管理员创建工作站连接所用的 PostgreSQL 登录账号：它可完成本程序的工作，但仅此而已（不能修改或删除操作记录、不能关闭触发器、不能删除任何对象）。请用可创建角色的服务器登录账号运行。密码取自 FILE 的第一行、环境变量 ANJU_NEW_PASSWORD，或在终端输入两次。</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>第一行为密码的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>server-login needs add NAME, or list.</source>
        <translation>server-login 需要 add NAME 或 list。</translation>
    </message>
    <message>
        <source>Server logins are for a database on a PostgreSQL server: give --db postgresql://…</source>
        <translation>服务器登录账号只用于 PostgreSQL 服务器上的数据库：请给出 --db postgresql://…</translation>
    </message>
    <message>
        <source>Server login %1 made; it belongs to %2.</source>
        <translation>已创建服务器登录账号 %1；它属于 %2。</translation>
    </message>
</context>
<context>
    <name>anju::cli::SettingsCommand</name>
    <message>
        <source>settings needs list or set, e.g. anju-cli settings set income.line.2026 7000 --source &quot;省乡村振兴局通知&quot;.</source>
        <translation>settings 后面要跟 list 或 set，例如 anju-cli settings set income.line.2026 7000 --source &quot;省乡村振兴局通知&quot;。</translation>
    </message>
    <message>
        <source>[--db LOCATION] settings list [--json]</source>
        <translation>[--db 位置] settings list [--json]</translation>
    </message>
    <message>
        <source>Prints the office&apos;s settings by group: the value in force, the default and where it comes from, and whether this program changes it (settings set).</source>
        <translation>按组列出本单位的设置：当前值、默认值和来源，以及能否用 settings set 修改。</translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation>以 JSON 格式输出设置。</translation>
    </message>
    <message>
        <source>settings list takes no arguments, only options.</source>
        <translation>settings list 不带参数，只能带选项。</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>[--db LOCATION] settings set KEY VALUE [--source TEXT] [--yes]</source>
        <translation>[--db 位置] settings set 设置项 值 [--source 出处] [--yes]</translation>
    </message>
    <message>
        <source>Changes one of the office&apos;s visit or income rules (the keys settings list marks as editable), checked as the settings page checks it; the administrator and the manager may. A year&apos;s monitoring line is income.line.YEAR, in yuan, with --source naming the notice it comes from. A change of income.drop_months recounts every income check and needs --yes.</source>
        <translation>修改本单位一项走访或收入监测的规则（settings list 中标为可修改的设置项），检查方式与设置页相同；管理员和负责人可以修改。某年的监测标准是 income.line.年份，单位为元，用 --source 写明出自哪份通知。修改 income.drop_months 会重新计算所有收支核查，须加 --yes。</translation>
    </message>
    <message>
        <source>With income.line.YEAR: where the line comes from.</source>
        <translation>与 income.line.年份 一起用：监测标准的出处。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Make a change that sets off more work (a recount).</source>
        <translation>确认进行会引起重新计算的修改。</translation>
    </message>
    <message>
        <source>settings set needs a key and a value, e.g. settings set grids.must_visit.elderly_alone 14d.</source>
        <translation>settings set 需要设置项和值，例如 settings set grids.must_visit.elderly_alone 14d。</translation>
    </message>
    <message>
        <source>--source goes with a year&apos;s monitoring line, income.line.YEAR.</source>
        <translation>--source 只能与某年的监测标准 income.line.年份 一起用。</translation>
    </message>
    <message>
        <source>Add --yes to change %1.</source>
        <translation>要修改 %1，请加 --yes。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>anju::cli::TrainingCommand</name>
    <message>
        <source>[--db LOCATION] training list [--year YYYY] [--site CODE] [--trade TEXT] [--search TEXT] [--limit N] [--offset N] [--json]</source>
        <translation>[--db 位置] training list [--year YYYY] [--site 编码] [--trade 工种] [--search 文字] [--limit N] [--offset N] [--json]</translation>
    </message>
    <message>
        <source>Lists the courses, the latest ending first, with their attendance: people on it, person-times (人次: those not dropped out), completed, certificates, dropped out. A course belongs to the year it ends in.</source>
        <translation>列出培训班（最近结业的在前）及其参训情况：参训人数、培训人次（未中途退出的）、结业人数、取得证书数、中途退出人数。培训班计入其结业所在的年度。</translation>
    </message>
    <message>
        <source>Only the courses ending in this year.</source>
        <translation>只看这一年结业的培训班。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Only this site&apos;s courses (its code).</source>
        <translation>只看这个安置点的培训班（安置点编码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Only this trade.</source>
        <translation>只看这个工种。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Part of the title, trade or organiser.</source>
        <translation>培训班名称、工种或举办单位的一部分。</translation>
    </message>
    <message>
        <source>At most N courses (default 200).</source>
        <translation>最多列出 N 个培训班（默认 200）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N courses.</source>
        <translation>跳过前 N 个培训班。</translation>
    </message>
    <message>
        <source>Print the courses as JSON.</source>
        <translation>以 JSON 格式输出培训班。</translation>
    </message>
    <message>
        <source>--year needs a year, e.g. 2024.</source>
        <translation>--year 需要写成年份，例如 2024。</translation>
    </message>
    <message>
        <source>--limit needs a number of 1 or more.</source>
        <translation>--limit 需要大于或等于 1 的数。</translation>
    </message>
    <message>
        <source>--offset needs a number of 0 or more.</source>
        <translation>--offset 需要大于或等于 0 的数。</translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s).</source>
        <translation>
            <numerusform>共 %n 个培训班。</numerusform>
        </translation>
    </message>
    <message>
        <source>(id, title, trade, site, first day, last day, hours, people, person-times, completed, certificates, dropped out)</source>
        <translation>（编号、名称、工种、安置点、开班日期、结业日期、课时、参训人数、培训人次、结业人数、证书数、中途退出人数）</translation>
    </message>
    <message>
        <source>whole office</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>[--db LOCATION] training attendance COURSE_ID [--json]</source>
        <translation>[--db 位置] training attendance 培训班编号 [--json]</translation>
    </message>
    <message>
        <source>Lists the people on a course with their enrolment day, outcome, hours attended and certificate number.</source>
        <translation>列出培训班的学员及其报名日期、培训结果、出勤课时和证书编号。</translation>
    </message>
    <message>
        <source>Print the course and its people as JSON.</source>
        <translation>以 JSON 格式输出培训班及其学员。</translation>
    </message>
    <message>
        <source>Name one course by its number (training list prints it).</source>
        <translation>请用编号指定一个培训班（training list 会列出编号）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %3 to %4: %n person(s).</source>
        <translation>
            <numerusform>%1（%2），%3 至 %4：共 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>(id, name, ID number, household, enrolled on, outcome, hours, certificate)</source>
        <translation>（编号、姓名、身份证号、户编号、报名日期、培训结果、出勤课时、证书编号）</translation>
    </message>
    <message>
        <source>[--db LOCATION] training add --title TEXT --trade TEXT --from DATE --to DATE [--site CODE] [--hours N] [--capacity N] [--organiser TEXT] [--demand TEXT] [--certificate TEXT] [--note TEXT]</source>
        <translation>[--db 位置] training add --title 名称 --trade 工种 --from 日期 --to 日期 [--site 编码] [--hours 课时] [--capacity 名额] [--organiser 单位] [--demand 需求] [--certificate 证书] [--note 备注]</translation>
    </message>
    <message>
        <source>Adds a course: its first and last day, class hours, places (0: no limit) and the certificate it earns. Without --site it is a course for the whole office.</source>
        <translation>新增培训班：开班和结业日期、课时、名额（0 表示不限）以及结业可取得的证书。不指定 --site 时为面向全部安置点的培训班。</translation>
    </message>
    <message>
        <source>The course&apos;s title.</source>
        <translation>培训班名称。</translation>
    </message>
    <message>
        <source>The trade it teaches.</source>
        <translation>培训工种。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>开班日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation>结业日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The site it is for (its code).</source>
        <translation>面向的安置点（安置点编码）。</translation>
    </message>
    <message>
        <source>Class hours.</source>
        <translation>课时。</translation>
    </message>
    <message>
        <source>Places (0: no limit).</source>
        <translation>名额（0 表示不限）。</translation>
    </message>
    <message>
        <source>Who runs it.</source>
        <translation>举办单位。</translation>
    </message>
    <message>
        <source>The market demand it answers.</source>
        <translation>对接的市场需求。</translation>
    </message>
    <message>
        <source>The certificate completing it earns.</source>
        <translation>结业可取得的证书。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>--from and --to need days written YYYY-MM-DD.</source>
        <translation>--from 和 --to 需要写成 YYYY-MM-DD 的日期。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 需要整数。</translation>
    </message>
    <message>
        <source>Course %1 added: %2.</source>
        <translation>已新增培训班 %1：%2。</translation>
    </message>
    <message>
        <source>[--db LOCATION] training enrol COURSE_ID ID_NUMBER... [--on DATE]</source>
        <translation>[--db 位置] training enrol 培训班编号 身份证号... [--on 日期]</translation>
    </message>
    <message>
        <source>Enrols the people (by ID number) on a course, all of them or none: each person who cannot be enrolled is named with the reason.</source>
        <translation>按身份证号为人员报名参加培训班，要么全部报上，要么一个也不报：逐一列出不能报名的人员及原因。</translation>
    </message>
    <message>
        <source>The day they enrolled (default: today).</source>
        <translation>报名日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Name the course by its number, then the people&apos;s ID numbers.</source>
        <translation>请先写培训班编号，再写人员的身份证号。</translation>
    </message>
    <message>
        <source>--on needs a day written YYYY-MM-DD.</source>
        <translation>--on 需要写成 YYYY-MM-DD 的日期。</translation>
    </message>
    <message>
        <source>Nobody on file has the ID number %1; nobody was enrolled.</source>
        <translation>在册人员中没有身份证号为 %1 的人；未给任何人报名。</translation>
    </message>
    <message>
        <source>Nobody was enrolled.</source>
        <translation>未给任何人报名。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) enrolled on course %1.</source>
        <translation>
            <numerusform>已为 %n 人报名培训班 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>training needs list, attendance, add, enrol or import, e.g. anju-cli training list --year 2024.</source>
        <translation>training 后面要跟 list、attendance、add、enrol 或 import，例如 anju-cli training list --year 2024。</translation>
    </message>
</context>
<context>
    <name>anju::cli::TrainingImportCommand</name>
    <message>
        <source>[--db LOCATION] training import FILE [--course ID] [--dry-run] [--json]</source>
        <translation>[--db 位置] training import 文件 [--course 培训班编号] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Imports the office&apos;s attendance sheet (.xlsx or .csv) with the columns 姓名, 身份证号, 报名日期, 结业情况 (结业, 退出, 在训), 证书编号, 出勤课时, and optionally 培训班 and 开班日期 so that one sheet holds many courses: one person on one course a row, the person found by the ID number. People not on their course are enrolled; those on it have their outcome updated where the sheet says otherwise. When any row is bad, each is listed with its reasons and nothing is written.</source>
        <translation>导入本单位的参训台账（.xlsx 或 .csv），列为姓名、身份证号、报名日期、结业情况（结业、退出、在训）、证书编号、出勤课时，还可加上培训班和开班日期两列，使一张表包含多个培训班：每行为一人参加一个培训班，按身份证号查找人员。尚未报名该培训班的人员予以报名；已报名的，表中结业情况与登记不同时，更新其培训结果。只要有一行有误，就逐行列出有误的行及其原因，且不写入任何数据。</translation>
    </message>
    <message>
        <source>The course of the rows that name none (its number: training list prints it).</source>
        <translation>未写明培训班的行所属的培训班（填编号，training list 会列出编号）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>培训班编号</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>检查文件并报告，但不写入任何数据。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>training import takes exactly one file.</source>
        <translation>training import 只接受一个文件。</translation>
    </message>
    <message>
        <source>--course needs a course&apos;s number (training list prints it).</source>
        <translation>--course 需要培训班编号（training list 会列出编号）。</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, header on row %2: %n row(s) read.</source>
        <translation>
            <numerusform>工作表“%1”，表头在第 %2 行：读取 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) to correct.</source>
        <translation>
            <numerusform>未写入任何数据：有 %n 行需要改正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses: %1. Enrolled: %2. Outcomes changed: %3. Unchanged: %4.</source>
        <translation>涉及培训班：%1。新报名：%2。更新培训结果：%3。无变化：%4。</translation>
    </message>
    <message>
        <source>Courses: %1. Would be enrolled: %2. Outcomes that would change: %3. Unchanged: %4 (dry run: nothing written).</source>
        <translation>涉及培训班：%1。将新报名：%2。将更新培训结果：%3。无变化：%4（试运行：未写入任何数据）。</translation>
    </message>
</context>
<context>
    <name>anju::cli::UserCommand</name>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>[--db LOCATION] user list | add NAME --role ROLE [--name FULL_NAME] [--site CODE]... | update NAME [--role ROLE] [--site CODE]... [--all-sites] [--active yes|no] | password NAME | unlock NAME</source>
        <translation>[--db LOCATION] user list | add NAME --role ROLE [--name FULL_NAME] [--site CODE]... | update NAME [--role ROLE] [--site CODE]... [--all-sites] [--active yes|no] | password NAME | unlock NAME</translation>
    </message>
    <message>
        <source>The administrator&apos;s management of users. ROLE is clerk, secretary, manager or admin; --site limits the user to those sites (repeat it for several). A new password comes from ANJU_NEW_PASSWORD or is typed twice.</source>
        <translation>管理员管理用户。ROLE 可为 clerk（录入员）、secretary（党务）、manager（负责人）或 admin（管理员）；--site 将用户限定在这些安置点（可重复使用）。新密码取自 ANJU_NEW_PASSWORD，或在终端输入两次。</translation>
    </message>
    <message>
        <source>clerk, secretary, manager or admin.</source>
        <translation>clerk、secretary、manager 或 admin。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>用户的姓名。</translation>
    </message>
    <message>
        <source>FULL_NAME</source>
        <translation>FULL_NAME</translation>
    </message>
    <message>
        <source>A site code the user works on.</source>
        <translation>用户负责的安置点编码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The user works on every site.</source>
        <translation>用户负责全部安置点。</translation>
    </message>
    <message>
        <source>yes or no: whether the user may log in.</source>
        <translation>yes 或 no：是否允许该用户登录。</translation>
    </message>
    <message>
        <source>YES_NO</source>
        <translation>YES_NO</translation>
    </message>
    <message>
        <source>user needs list, or add, update, password or unlock with a user name.</source>
        <translation>user 需要 list，或 add、update、password、unlock 加用户名。</translation>
    </message>
    <message>
        <source>--role must be clerk, secretary, manager or admin.</source>
        <translation>--role 必须是 clerk、secretary、manager 或 admin。</translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>every site</source>
        <translation>全部安置点</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Give the new user&apos;s role with --role.</source>
        <translation>请用 --role 指定新用户的角色。</translation>
    </message>
    <message>
        <source>Give the new password in ANJU_NEW_PASSWORD, or type it at a terminal.</source>
        <translation>请在环境变量 ANJU_NEW_PASSWORD 中提供新密码，或在终端输入。</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>已修改用户 %1。</translation>
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
<context>
    <name>anju::cli::VisitCommand</name>
    <message>
        <source>[--db LOCATION] grid visits --month YYYY-MM [--grid CODE] [--json]</source>
        <translation>[--db 位置] grid visits --month YYYY-MM [--grid 网格编码] [--json]</translation>
    </message>
    <message>
        <source>Prints the month&apos;s visit plan per worker: the visits due by the month&apos;s end, done (and of those late), overdue and still open today.</source>
        <translation>按走访人输出本月走访计划：月底前应走访、已走访（其中逾期完成）、已逾期和今天仍待走访的数目。</translation>
    </message>
    <message>
        <source>The month (default: this month).</source>
        <translation>月份（默认：本月）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Only the households of this grid.</source>
        <translation>只统计该网格的住户。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation>--month 须按 YYYY-MM 填写月份，例如 2026-11。</translation>
    </message>
    <message>
        <source>No grid has the code %1.</source>
        <translation>没有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Visit plan of %1 (worker, due, done, late, overdue, open):</source>
        <translation>%1 走访计划（走访人、应走访、已走访、逾期完成、已逾期、待走访）：</translation>
    </message>
    <message>
        <source>[--db LOCATION] grid findings [--date YYYY-MM-DD] [--json]</source>
        <translation>[--db 位置] grid findings [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Lists the grid findings: households with no pairing or no contact for the set period, vulnerable persons not visited in their window, must-attend visits and cases past their deadline.</source>
        <translation>列出网格问题：未结对或超过规定期限未联系的住户、未在期限内走访的四必访对象、逾期的三必到任务和逾期事件。</translation>
    </message>
    <message>
        <source>The day to judge on (default: today).</source>
        <translation>判断所依据的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD.</source>
        <translation>--date 须按 YYYY-MM-DD 填写日期。</translation>
    </message>
    <message>
        <source>Grid findings on %1: %2.</source>
        <translation>%1 的网格问题：%2 条。</translation>
    </message>
    <message>
        <source>visit needs plan, attend or record, e.g. anju-cli visit plan --month 2026-11.</source>
        <translation>visit 后须跟 plan、attend 或 record，例如 anju-cli visit plan --month 2026-11。</translation>
    </message>
    <message>
        <source>[--db LOCATION] visit plan --month YYYY-MM | attend --household NUMBER --trigger KIND --date DATE [--note TEXT] | record --household NUMBER --date DATE (--staff ID | --member ID | --cadre NAME) [--task ID] [--findings TEXT] [--follow-up TEXT]</source>
        <translation>[--db 位置] visit plan --month YYYY-MM | attend --household 户编号 --trigger 事由 --date 日期 [--note 说明] | record --household 户编号 --date 日期 (--staff 编号 | --member 编号 | --cadre 姓名) [--task 编号] [--findings 情况] [--follow-up 后续]</translation>
    </message>
    <message>
        <source>plan makes the month&apos;s regular visits (四必访) that are not yet planned; attend makes a must-attend task (三必到: emergency, discontent, family_dispute); record enters a visit, closing the task it answers.</source>
        <translation>plan 生成本月尚未安排的四必访任务；attend 登记三必到任务（emergency 突发事情、discontent 不满情绪、family_dispute 家庭纠纷）；record 登记一次走访，并关闭它所完成的任务。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>%1 visit task(s) planned.</source>
        <translation>已安排 %1 项走访任务。</translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation>没有户编号为 %1 的住户。</translation>
    </message>
    <message>
        <source>--trigger needs emergency, discontent or family_dispute.</source>
        <translation>--trigger 须为 emergency、discontent 或 family_dispute。</translation>
    </message>
    <message>
        <source>Task %1 due from %2, overdue after %3.</source>
        <translation>任务 %1：%2 起应走访，%3 后逾期。</translation>
    </message>
    <message>
        <source>Visit %1 recorded.</source>
        <translation>已登记走访 %1。</translation>
    </message>
    <message>
        <source>The month to plan.</source>
        <translation>要生成计划的月份。</translation>
    </message>
    <message>
        <source>The household&apos;s number.</source>
        <translation>户编号。</translation>
    </message>
    <message>
        <source>Why someone must attend: emergency, discontent or family_dispute.</source>
        <translation>三必到的事由：emergency 突发事情、discontent 不满情绪或 family_dispute 家庭纠纷。</translation>
    </message>
    <message>
        <source>The day of the visit, or of what happened.</source>
        <translation>走访的日期，或事情发生的日期。</translation>
    </message>
    <message>
        <source>What happened, in a few words.</source>
        <translation>简要说明发生了什么。</translation>
    </message>
    <message>
        <source>The visitor&apos;s staff number (grid staff shows it).</source>
        <translation>走访人的人员编号（grid staff 中显示）。</translation>
    </message>
    <message>
        <source>The visiting party member&apos;s number on the roll.</source>
        <translation>走访党员在名册上的编号。</translation>
    </message>
    <message>
        <source>The visiting cadre&apos;s name.</source>
        <translation>走访干部的姓名。</translation>
    </message>
    <message>
        <source>The number of the task the visit answers (visit attend and grid findings --json show it).</source>
        <translation>这次走访完成的任务编号（visit attend 和 grid findings --json 中显示）。</translation>
    </message>
    <message>
        <source>What the visitor found.</source>
        <translation>走访了解到的情况。</translation>
    </message>
    <message>
        <source>What is to be done next.</source>
        <translation>后续要做的事。</translation>
    </message>
</context>
<context>
    <name>anju::cli::WorkFindingsCommand</name>
    <message>
        <source>work needs findings, e.g. anju-cli work findings --on 2026-11-30.</source>
        <translation>work 后面要跟 findings，例如 anju-cli work findings --on 2026-11-30。</translation>
    </message>
    <message>
        <source>[--db LOCATION] work findings [--on YYYY-MM-DD] [--site CODE] [--json]</source>
        <translation>[--db 位置] work findings [--on YYYY-MM-DD] [--site 编码] [--json]</translation>
    </message>
    <message>
        <source>Lists the day&apos;s findings by name: 应培尽培, people whose training wish has waited the set days without a course; public posts held by ordinary or skilled labour while weak labour of the site waits for work; idle labour, working-age people with labour capacity and no job for the set months and no recorded reason, with their household&apos;s pairing cadre.</source>
        <translation>按姓名列出某天的清单：应培尽培，登记培训意愿已满设定天数仍未安排培训的人；公益岗位，本安置点有弱劳动力等待就业、岗位却由普通或技能劳动力担任的情况；无业劳动力，劳动年龄内有劳动能力、已满设定月数没有就业也没有记录原因的人，并列出其所在户的结对帮扶干部。</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>日期（默认：今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Only this site (its code).</source>
        <translation>只看这个安置点（安置点编码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>--on needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>--on 需要写成 YYYY-MM-DD 的日期，例如 2026-11-30。</translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation>没有编码为 %1 的安置点。</translation>
    </message>
    <message>
        <source>应培尽培 on %1: %2 person(s) whose training wish waits for a course.</source>
        <translation>%1 应培尽培：有培训意愿、尚未安排培训的 %2 人。</translation>
    </message>
    <message>
        <source>Public posts on %1: %2 held by ordinary or skilled labour while weak labour waits.</source>
        <translation>%1 公益岗位：有弱劳动力等待就业、却由普通或技能劳动力担任的岗位 %2 个。</translation>
    </message>
    <message>
        <source>Idle labour on %1: %2 person(s) without a job or a recorded reason.</source>
        <translation>%1 无业劳动力：既没有就业也没有记录原因的 %2 人。</translation>
    </message>
</context>
<context>
    <name>anju::demo::DemoGenerator</name>
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
    <message>
        <source>Could not make the demo party organisation: %1</source>
        <translation>无法生成演示党组织数据：%1</translation>
    </message>
    <message>
        <source>Could not make the demo grids: %1</source>
        <translation>无法生成演示网格数据：%1</translation>
    </message>
    <message>
        <source>Could not make the demo visits and cases: %1</source>
        <translation>无法生成演示走访和事件：%1</translation>
    </message>
    <message>
        <source>Could not make the demo income checks and monitoring: %1</source>
        <translation>无法生成演示收支核查和监测户：%1</translation>
    </message>
    <message>
        <source>Could not make the demo work, training and industry: %1</source>
        <translation>无法生成演示就业、培训和产业数据：%1</translation>
    </message>
</context>
<context>
    <name>anju::demo::DemoWriter</name>
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
    <name>anju::exchange::AttendanceImporter</name>
    <message>
        <source>No sheet of the file looks like an attendance sheet: none has a header with 身份证号 and 结业情况 or 报名日期 in its first %1 rows.</source>
        <translation>文件中没有像参训台账的工作表：没有一个工作表的前 %1 行中有含身份证号以及结业情况或报名日期的表头。</translation>
    </message>
    <message>
        <source>%1 is not a number of class hours.</source>
        <translation>“%1”不是有效的课时数。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Course %1 is not on file.</source>
        <translation>没有编号为 %1 的培训班。</translation>
    </message>
    <message>
        <source>The sheet has no column %1.</source>
        <translation>工作表中没有“%1”列。</translation>
    </message>
    <message>
        <source>The sheet has no column %1: name the course its people attended.</source>
        <translation>工作表中没有“%1”列：请指明表中人员参加的培训班。</translation>
    </message>
    <message>
        <source>The sheet has a column %1 but no %2, which tells courses of the same title apart.</source>
        <translation>工作表中有“%1”列，但没有用来区分同名培训班的“%2”列。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请填写身份证号。</translation>
    </message>
    <message>
        <source>No person on file has this ID number.</source>
        <translation>在册人员中没有这个身份证号。</translation>
    </message>
    <message>
        <source>Enter the name (the ID number is %1&apos;s).</source>
        <translation>请填写姓名（该身份证号属于%1）。</translation>
    </message>
    <message>
        <source>The ID number is %1&apos;s, not %2&apos;s.</source>
        <translation>该身份证号属于%1，不是%2的。</translation>
    </message>
    <message>
        <source>Enter the course&apos;s first day, which tells courses of the same title apart.</source>
        <translation>请填写开班日期，用来区分同名培训班。</translation>
    </message>
    <message>
        <source>No course called %1 begins on %2; add the course first.</source>
        <translation>没有在 %2 开班、名为“%1”的培训班；请先新建该培训班。</translation>
    </message>
    <message numerus="yes">
        <source>%n courses called %1 begin on %2; import them one at a time (--course).</source>
        <translation>
            <numerusform>有 %n 个名为“%1”的培训班在 %2 开班；请逐个导入（--course）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the course&apos;s title (or name one course for the rows that name none).</source>
        <translation>请填写培训班名称（或为未写明培训班的行指定一个培训班）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome (结业, 退出, 在训).</source>
        <translation>“%1”不是有效的结业情况（结业、退出、在训）。</translation>
    </message>
    <message>
        <source>The same person is on row %1 for this course too; keep one row.</source>
        <translation>同一人在第 %1 行也报了这个培训班；请只保留一行。</translation>
    </message>
    <message>
        <source>Enter the day they enrolled: they are not on the course yet.</source>
        <translation>请填写报名日期：此人尚未报名该培训班。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::CellText</name>
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
    <name>anju::exchange::ColumnMappingCheck</name>
    <message>
        <source>The roster has no column for %1; place it in the column mapping.</source>
        <translation>花名册中没有“%1”列，请在列对应关系中指定。</translation>
    </message>
    <message>
        <source>Column %1 is chosen for %2; each column can hold one field.</source>
        <translation>第 %1 列已选给“%2”，每列只能对应一个字段。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::EmploymentImporter</name>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>No sheet of the file looks like the employment sheet: none has a header with 身份证号 and 就业渠道 in its first %1 rows.</source>
        <translation>文件中没有像就业台账的工作表：没有一个工作表的前 %1 行中有含身份证号和就业渠道的表头。</translation>
    </message>
    <message>
        <source>The sheet has no column %1.</source>
        <translation>工作表中没有“%1”列。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请填写身份证号。</translation>
    </message>
    <message>
        <source>No person on file has this ID number.</source>
        <translation>在册人员中没有这个身份证号。</translation>
    </message>
    <message>
        <source>The ID number is %1&apos;s, not %2&apos;s.</source>
        <translation>该身份证号属于%1，不是%2的。</translation>
    </message>
    <message>
        <source>Enter the channel (劳务输出, 帮扶车间, 公益岗位 …).</source>
        <translation>请填写就业渠道（劳务输出、帮扶车间、公益岗位……）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel (劳务输出, 帮扶车间, 以工代赈, 园区/景区, 公益岗位, 自主创业, 灵活就业).</source>
        <translation>“%1”不是就业渠道（劳务输出、帮扶车间、以工代赈、园区/景区、公益岗位、自主创业、灵活就业）。</translation>
    </message>
    <message>
        <source>Enter the day the job began.</source>
        <translation>请填写就业开始日期。</translation>
    </message>
    <message>
        <source>Enter the workshop&apos;s name.</source>
        <translation>请填写帮扶车间名称。</translation>
    </message>
    <message>
        <source>Enter the post&apos;s name.</source>
        <translation>请填写公益岗位名称。</translation>
    </message>
    <message>
        <source>No workshop of the person&apos;s site is called %1.</source>
        <translation>此人所在安置点没有名为“%1”的帮扶车间。</translation>
    </message>
    <message>
        <source>No post of the person&apos;s site is called %1.</source>
        <translation>此人所在安置点没有名为“%1”的公益岗位。</translation>
    </message>
    <message>
        <source>The same job is on row %1 too; keep one row.</source>
        <translation>同一条就业在第 %1 行也出现；请只保留一行。</translation>
    </message>
    <message>
        <source>This job is on file already (job %1).</source>
        <translation>这条就业已登记（就业记录 %1）。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::HeaderDetector</name>
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
    <name>anju::exchange::HouseholdAssembler</name>
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
    <name>anju::exchange::ImportChecker</name>
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
    <name>anju::exchange::ImportWriter</name>
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
    <name>anju::exchange::IncomeCheckCells</name>
    <message>
        <source>%1 is not an amount in yuan.</source>
        <translation>%1 不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>The amount %1 is negative; amounts are 0 or more.</source>
        <translation>金额 %1 为负数；金额须大于或等于 0。</translation>
    </message>
    <message>
        <source>The amount %1 is too large for one month.</source>
        <translation>金额 %1 对一个月来说过大。</translation>
    </message>
    <message>
        <source>The amount %1 has more than two decimals.</source>
        <translation>金额 %1 的小数超过两位。</translation>
    </message>
    <message>
        <source>%1 is not a month (write it as 2026-11 or 2026年11月).</source>
        <translation>%1 不是月份（请写作 2026-11 或 2026年11月）。</translation>
    </message>
    <message>
        <source>%1 is not a number of people (1 to %2).</source>
        <translation>%1 不是人数（1 至 %2）。</translation>
    </message>
    <message>
        <source>%1 may be %2 or %3: the day and the month cannot be told apart. Write the month year first, as %2 or %3.</source>
        <translation>%1 可能是 %2，也可能是 %3：分不清哪个是日、哪个是月。请把月份写成年在前的形式，如 %2 或 %3。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::IncomeCheckImportStore</name>
    <message>
        <source>Another desk was importing or changing this month&apos;s checks at the same time. Nothing of this import was saved; import the sheet again.</source>
        <translation>另一工位同时在导入或改动本月的收支核查，本次导入没有保存任何内容，请重新导入这张表。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::IncomeCheckImporter</name>
    <message>
        <source>No sheet of the file looks like a month&apos;s income checks: none has a header with the head&apos;s ID number or the household code and an income column (户主身份证号, 工资性收入 …) in its first %1 rows.</source>
        <translation>文件中没有像月度收支核查表的工作表：没有一个工作表的前 %1 行中有含户主身份证号或户编号以及收入列（户主身份证号、工资性收入…）的表头。</translation>
    </message>
    <message>
        <source>The household is on row %1 too, for the same month; keep one row.</source>
        <translation>该户同一月份在第 %1 行也出现；请只保留一行。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>The month %1 has not begun: checks are imported for this month or earlier ones.</source>
        <translation>%1 月尚未开始：只能导入本月或以前月份的核查。</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>The disk is full: nothing of this import was saved. Free some space on the disk and import again.</source>
        <translation>磁盘已满：本次导入未保存任何内容。请释放磁盘空间后重新导入。</translation>
    </message>
    <message>
        <source>Writing the check of row %1 failed: %2</source>
        <translation>写入第 %1 行的核查失败：%2</translation>
    </message>
    <message>
        <source>No household of the register has a member with the ID number %1.</source>
        <translation>登记的家庭中没有身份证号为 %1 的成员。</translation>
    </message>
    <message>
        <source>No household has the code %1.</source>
        <translation>没有户编号为 %1 的家庭。</translation>
    </message>
    <message>
        <source>The code %1 is another household&apos;s than the ID number&apos;s (%2).</source>
        <translation>户编号 %1 与身份证号所属家庭（%2）不是同一户。</translation>
    </message>
    <message>
        <source>Neither the head&apos;s ID number nor the household code is given.</source>
        <translation>户主身份证号和户编号均未填写。</translation>
    </message>
    <message>
        <source>The row is for %1, the file is imported as %2.</source>
        <translation>该行属于 %1，而文件按 %2 导入。</translation>
    </message>
    <message>
        <source>The month is empty.</source>
        <translation>月份为空。</translation>
    </message>
    <message>
        <source>The month %1 has not begun.</source>
        <translation>%1 月尚未开始。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 在未来。</translation>
    </message>
    <message>
        <source>The check on %1 is before the month it is for.</source>
        <translation>核查日期 %1 早于所核查的月份。</translation>
    </message>
    <message>
        <source>The household has no active member at the month&apos;s end; give 家庭人口.</source>
        <translation>该户在月末没有在册成员；请填写家庭人口。</translation>
    </message>
    <message>
        <source>Writing the checks failed: %1</source>
        <translation>写入核查记录失败：%1</translation>
    </message>
    <message>
        <source>No amount is filled in on this row. Leave a household not checked yet out of the sheet; for a check, write its amounts (0 where there is none).</source>
        <translation>这一行没有填写任何金额。尚未核查的户请不要列入表中；已核查的户请填写各项金额（没有的填 0）。</translation>
    </message>
    <message>
        <source>The head of household %1 is %2; the sheet says %3. Check whether the rows have slipped.</source>
        <translation>户号 %1 的户主是%2，表中写的是%3，请核对是否错行。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::IncomeCheckLayout</name>
    <message>
        <source>The sheet has no column for %1 or %2; place one of them in the column mapping.</source>
        <translation>表中没有%1或%2列；请在列对应中指定其中之一。</translation>
    </message>
    <message>
        <source>The sheet has no column for %1; place it in the column mapping or give the month of the whole file.</source>
        <translation>表中没有%1列；请在列对应中指定，或给出整个文件的月份。</translation>
    </message>
    <message>
        <source>Column %1 is chosen for %2; each column can hold one field.</source>
        <translation>%1 列被同时选为%2；每列只能对应一个字段。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::MoveInDate</name>
    <message>
        <source>The move-in date %1 is in the future.</source>
        <translation>搬迁入住日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The roster has no move-in date column (%1). Give the date its households moved in (anju-cli import --moved-in YYYY-MM-DD; the import window asks for it), or add the column to the file.</source>
        <translation>花名册没有搬迁入住日期列（%1）。请给出这些住户的搬迁入住日期（anju-cli import --moved-in YYYY-MM-DD；导入窗口会询问），或在文件中加上这一列。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::PartyRosterExporter</name>
    <message>
        <source>The export could not be recorded in the audit trail, so no file was written: %1</source>
        <translation>导出未能记入操作记录，因此没有写出文件：%1</translation>
    </message>
</context>
<context>
    <name>anju::exchange::PartyRosterImporter</name>
    <message>
        <source>No sheet of the file looks like a party roster: none has a header with the name, the ID number and a stage date (姓名, 身份证号, 申请入党日期 …) in its first %1 rows.</source>
        <translation>文件中没有像党员花名册的工作表：前 %1 行中没有包含姓名、身份证号和发展阶段日期（姓名、身份证号、申请入党日期……）的表头。</translation>
    </message>
    <message>
        <source>Entered from the party roster %1</source>
        <translation>据党员花名册 %1 补录</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The ID number %1 is on row %2 too.</source>
        <translation>身份证号 %1 在第 %2 行也出现了。</translation>
    </message>
    <message>
        <source>The branch is empty.</source>
        <translation>所在党支部为空。</translation>
    </message>
    <message>
        <source>There is no party organisation named %1.</source>
        <translation>没有名为 %1 的党组织。</translation>
    </message>
    <message>
        <source>Members sit in a branch or a joint branch, never directly in a %1 (%2).</source>
        <translation>党员编入党支部或联合党支部，不能直接编入%1（%2）。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>%1 is before %2 (%3).</source>
        <translation>%1 早于%2（%3）。</translation>
    </message>
    <message>
        <source>No stage date is given: at least the application date is needed.</source>
        <translation>没有填写任何发展阶段日期：至少需要申请入党日期。</translation>
    </message>
    <message>
        <source>The state %1 is not imported: only 正常 and 流动 members are; members who left are recorded through a transfer or the branch&apos;s decision.</source>
        <translation>党员状态“%1”不导入：只导入“正常”和“流动”的党员；已离开的党员通过组织关系转接或支部决定登记。</translation>
    </message>
    <message numerus="yes">
        <source>The roster names %n sponsor(s); two are required.</source>
        <translation>
            <numerusform>花名册只写了 %n 名入党介绍人；应有两名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Converted on %1, more than a month after the probation ended on %2; an extension is not in the roster.</source>
        <translation>%1 转正，比预备期满（%2）晚一个多月；花名册中没有延长预备期的记录。</translation>
    </message>
    <message>
        <source>%1 is kept as written: two are linked already.</source>
        <translation>%1 按原文保留：已关联两人。</translation>
    </message>
    <message numerus="yes">
        <source>%n full members are named %1 on %2: not linked to one of them, kept as written.</source>
        <translation>
            <numerusform>%2 时有 %n 名正式党员名为 %1：未关联其中任何一人，按原文保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a full member on %2 (full from %3): not linked, kept as written.</source>
        <translation>%1 在 %2 还不是正式党员（%3 起为正式党员）：未关联，按原文保留。</translation>
    </message>
    <message>
        <source>%1 is not a full member on %2: not linked, kept as written.</source>
        <translation>%1 在 %2 还不是正式党员：未关联，按原文保留。</translation>
    </message>
    <message>
        <source>No party member is named %1: not linked, kept as written.</source>
        <translation>没有名为 %1 的党员：未关联，按原文保留。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::PartyRosterLayout</name>
    <message>
        <source>The roster has no column for %1; place it in the column mapping.</source>
        <translation>花名册中没有“%1”列，请在列对应关系中指定。</translation>
    </message>
    <message>
        <source>Column %1 is chosen for %2; each column can hold one field.</source>
        <translation>第 %1 列已选给“%2”，每列只能对应一个字段。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::RejectedRowsWriter</name>
    <message>
        <source>The rows have too many columns for a spreadsheet.</source>
        <translation>这些行的列数超出了表格的上限。</translation>
    </message>
    <message>
        <source>There are too many rejected rows for one spreadsheet.</source>
        <translation>未通过的行太多，一个工作表放不下。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::RosterExporter</name>
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
    <message>
        <source>Choose one of your sites to export.</source>
        <translation>请选择您负责的一个安置点导出。</translation>
    </message>
    <message>
        <source>This file contains personal information (ID numbers, phones, health): keep it safe, hand it only to those who need it, and delete it when done.</source>
        <translation>本文件含有个人信息（身份证号、电话、健康状况等），请妥善保管，仅提供给确需使用的人员，用完后及时删除。</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so no file was written: %1</source>
        <translation>导出无法记入操作日志，因此未生成文件：%1</translation>
    </message>
    <message>
        <source>its permissions cannot be limited to you</source>
        <translation>无法把它的权限限定为只有您本人可以读写</translation>
    </message>
</context>
<context>
    <name>anju::exchange::RosterImporter</name>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
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
    <message>
        <source>The disk is full: nothing of this import was saved. Free some space on the disk and import again.</source>
        <translation>磁盘已满，本次导入未保存任何内容。请清理磁盘空间后重新导入。</translation>
    </message>
</context>
<context>
    <name>anju::exchange::RosterRowsQuery</name>
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
    <name>anju::exchange::TextTableXlsx</name>
    <message>
        <source>The rows have too many columns for a spreadsheet.</source>
        <translation>这些行的列数超出了表格的上限。</translation>
    </message>
    <message>
        <source>There are too many rows for one spreadsheet.</source>
        <translation>行数太多，一个工作表放不下。</translation>
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
    <name>anju::exchange::XlsxRosterWriter</name>
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
    <name>anju::grids::CaseService</name>
    <message>
        <source>Choose the site of the case.</source>
        <translation>请选择事件所在的安置点。</translation>
    </message>
    <message>
        <source>Enter what the case is about.</source>
        <translation>请填写事件内容。</translation>
    </message>
    <message>
        <source>Enter the day the case was received.</source>
        <translation>请填写受理日期。</translation>
    </message>
    <message>
        <source>The day the case was received cannot be in the future.</source>
        <translation>受理日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A household of the case is not on file at this site.</source>
        <translation>事件涉及的某户不在该安置点的档案中。</translation>
    </message>
    <message>
        <source>The case was not saved: %1</source>
        <translation>事件未保存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile; open it again.</source>
        <translation>其他人同时修改了该事件，请重新打开。</translation>
    </message>
    <message>
        <source>The case is not on file.</source>
        <translation>该事件不在档。</translation>
    </message>
    <message>
        <source>Enter the day of this step.</source>
        <translation>请填写本步骤的日期。</translation>
    </message>
    <message>
        <source>The day of this step cannot be in the future.</source>
        <translation>本步骤的日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The day of this step is before the case&apos;s last step (%1).</source>
        <translation>本步骤的日期早于该事件上一步骤的日期（%1）。</translation>
    </message>
    <message>
        <source>Choose the grid staff member who handles the case.</source>
        <translation>请选择办理该事件的网格人员。</translation>
    </message>
    <message>
        <source>Enter the department the case is referred to.</source>
        <translation>请填写转办的部门。</translation>
    </message>
    <message>
        <source>Enter how the case was resolved.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <source>Deadline %1 passed: escalated to the %2.</source>
        <translation>已超过办理期限 %1：上报至%2。</translation>
    </message>
</context>
<context>
    <name>anju::grids::CaseStateMachine</name>
    <message>
        <source>A case is received once, when it is recorded.</source>
        <translation>事件只在登记时受理一次。</translation>
    </message>
    <message>
        <source>The case is resolved and closed; nothing more can be done to it.</source>
        <translation>该事件已办结，不能再作任何处理。</translation>
    </message>
    <message>
        <source>The case is with a department; it comes back to the grid only when the department returns it.</source>
        <translation>该事件已转交部门办理，只有部门退回后才回到网格。</translation>
    </message>
    <message>
        <source>The case is already in progress.</source>
        <translation>该事件已在办理中。</translation>
    </message>
    <message>
        <source>A case must be taken up before it is resolved.</source>
        <translation>事件须先接手办理，才能办结。</translation>
    </message>
    <message>
        <source>The department has not accepted the referral; it cannot resolve the case before accepting it.</source>
        <translation>部门尚未接收转办，接收之前不能办结该事件。</translation>
    </message>
    <message>
        <source>The case is with a department and is not escalated in the grid.</source>
        <translation>该事件已转交部门办理，不在网格内逐级上报。</translation>
    </message>
    <message>
        <source>The case is already with the person in charge, the last step of the escalation chain.</source>
        <translation>该事件已上报至负责人，已是上报链的最后一级。</translation>
    </message>
    <message>
        <source>The case is already referred to a department.</source>
        <translation>该事件已转交部门办理。</translation>
    </message>
    <message>
        <source>Only a referred case can be accepted by a department.</source>
        <translation>只有已转办的事件才能由部门接收。</translation>
    </message>
    <message>
        <source>The department has already accepted the referral.</source>
        <translation>部门已接收该转办。</translation>
    </message>
    <message>
        <source>Only a referred case can be returned by a department.</source>
        <translation>只有已转办的事件才能由部门退回。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>未知的操作。</translation>
    </message>
</context>
<context>
    <name>anju::grids::DifficultFamilySources</name>
    <message>
        <source>Households marked as difficult</source>
        <translation>手工标记的困难家庭</translation>
    </message>
    <message>
        <source>Monitoring households</source>
        <translation>监测户</translation>
    </message>
    <message>
        <source>Safety-net households</source>
        <translation>兜底保障户</translation>
    </message>
    <message>
        <source>Households with a member: %1</source>
        <translation>有%1成员的户</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>anju::grids::GridFindings</name>
    <message>
        <source>The findings could not be read: %1</source>
        <translation>无法读取问题清单：%1</translation>
    </message>
    <message>
        <source>Household %1 is paired with no party member or cadre.</source>
        <translation>%1 户没有结对帮扶的党员或干部。</translation>
    </message>
    <message>
        <source>Household %1: no contact since %2 (more than %3 days).</source>
        <translation>%1 户：自 %2 起未联系（超过 %3 天）。</translation>
    </message>
    <message>
        <source>Household %1: no contact since the pairing began on %2 (more than %3 days).</source>
        <translation>%1 户：自 %2 结对以来未联系（超过 %3 天）。</translation>
    </message>
    <message>
        <source>%1 (%2, household %3) was not visited between %4 and %5.</source>
        <translation>%1（%2，%3 户）在 %4 至 %5 期间未走访。</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>该户</translation>
    </message>
    <message>
        <source>Household %1: %2 on %3 was to be attended by %4 and was not.</source>
        <translation>%1 户：%3 发生的%2应在 %4 前到场，至今未到。</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; (%2) passed its deadline %3.</source>
        <translation>事件“%1”（%2）已超过办理期限 %3。</translation>
    </message>
</context>
<context>
    <name>anju::grids::GridMonthQueries</name>
    <message>
        <source>The grid figures could not be counted: %1</source>
        <translation>网格数据无法统计：%1</translation>
    </message>
</context>
<context>
    <name>anju::grids::GridPlanQuery</name>
    <message>
        <source>The grid is not on file.</source>
        <translation>该网格不存在。</translation>
    </message>
</context>
<context>
    <name>anju::grids::GridRules</name>
    <message>
        <source>Enter the grid code (14 digits).</source>
        <translation>请填写网格编码（14位数字）。</translation>
    </message>
    <message>
        <source>The grid code %1 must be 14 digits: county 6, township 3, community 3 and grid sequence 2.</source>
        <translation>网格编码 %1 应为14位数字：县级6位、乡镇3位、社区3位、网格顺序号2位。</translation>
    </message>
    <message>
        <source>The grid code %1 must begin with the site&apos;s county code %2.</source>
        <translation>网格编码 %1 应以安置点所在县的代码 %2 开头。</translation>
    </message>
    <message>
        <source>The grid sequence (the last two digits) runs from 01 to 99.</source>
        <translation>网格顺序号（最后两位）应在01至99之间。</translation>
    </message>
    <message>
        <source>Choose the site of the grid.</source>
        <translation>请选择网格所在的安置点。</translation>
    </message>
    <message>
        <source>Enter the grid&apos;s name.</source>
        <translation>请填写网格名称。</translation>
    </message>
    <message>
        <source>Enter the day the grid starts.</source>
        <translation>请填写网格的设立日期。</translation>
    </message>
    <message>
        <source>The end (%1) cannot be before the start (%2).</source>
        <translation>结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>Choose the grid.</source>
        <translation>请选择网格。</translation>
    </message>
    <message>
        <source>Choose the resident who serves.</source>
        <translation>请选择担任此职的居民。</translation>
    </message>
    <message>
        <source>Enter the cadre&apos;s name.</source>
        <translation>请填写干部姓名。</translation>
    </message>
    <message>
        <source>A building leader needs the building.</source>
        <translation>楼栋长须指明所负责的楼栋。</translation>
    </message>
    <message>
        <source>A unit leader needs the unit.</source>
        <translation>单元长须指明所负责的单元。</translation>
    </message>
    <message>
        <source>A party member household needs the party member.</source>
        <translation>党员中心户须指明是哪位党员。</translation>
    </message>
    <message>
        <source>Enter the day the service starts.</source>
        <translation>请填写任职开始日期。</translation>
    </message>
    <message>
        <source>Choose the household.</source>
        <translation>请选择搬迁户。</translation>
    </message>
    <message>
        <source>Choose the party member.</source>
        <translation>请选择党员。</translation>
    </message>
    <message>
        <source>Choose the grid staff member.</source>
        <translation>请选择网格工作人员。</translation>
    </message>
    <message>
        <source>Enter the day the pairing starts.</source>
        <translation>请填写结对开始日期。</translation>
    </message>
</context>
<context>
    <name>anju::grids::GridService</name>
    <message>
        <source>What holds now starts on %1, after %2: choose a day on or after %1.</source>
        <translation>现行记录从 %1 开始，晚于 %2：请选择 %1 当天或以后的日期。</translation>
    </message>
    <message>
        <source>The site does not exist.</source>
        <translation>该安置点不存在。</translation>
    </message>
    <message>
        <source>The grid code %1 is already %2&apos;s.</source>
        <translation>网格编码 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>The grid is not on file.</source>
        <translation>没有这个网格的记录。</translation>
    </message>
    <message>
        <source>A grid stays in its site; close it and make a new one.</source>
        <translation>网格不能换到别的安置点；请撤销该网格后新建。</translation>
    </message>
    <message>
        <source>Someone else changed the grid meanwhile; open it again.</source>
        <translation>其他人刚刚修改了这个网格，请重新打开。</translation>
    </message>
    <message>
        <source>The grid %1 is not open on %2.</source>
        <translation>网格“%1”在 %2 不存在（未设立或已撤销）。</translation>
    </message>
    <message>
        <source>The grid %1 still covers %2 building(s) or unit(s) and %3 household(s) by exception; assign them to another grid before closing it.</source>
        <translation>网格“%1”仍覆盖 %2 个楼栋或单元，另有 %3 户例外划入；请先把它们划给其他网格，再撤销。</translation>
    </message>
    <message>
        <source>the grid was closed</source>
        <translation>网格已撤销</translation>
    </message>
    <message>
        <source>The building does not exist.</source>
        <translation>该楼栋不存在。</translation>
    </message>
    <message>
        <source>Building %1 is on another site than the grid %2.</source>
        <translation>楼栋 %1 与网格“%2”不在同一个安置点。</translation>
    </message>
    <message>
        <source>The unit is not in building %1.</source>
        <translation>该单元不属于楼栋 %1。</translation>
    </message>
    <message>
        <source>The grid %1 already covers it.</source>
        <translation>网格“%1”已经覆盖它了。</translation>
    </message>
    <message>
        <source>The coverage is not on file.</source>
        <translation>没有这条网格覆盖记录。</translation>
    </message>
    <message>
        <source>The coverage has already ended.</source>
        <translation>这条网格覆盖已经结束。</translation>
    </message>
    <message>
        <source>Enter the day it ends.</source>
        <translation>请填写结束日期。</translation>
    </message>
    <message>
        <source>Say why the household is not in its dwelling&apos;s grid.</source>
        <translation>请说明该户为何不归入住房所在的网格。</translation>
    </message>
    <message>
        <source>The household is not on file.</source>
        <translation>没有这户的记录。</translation>
    </message>
    <message>
        <source>Household %1 lives on another site than the grid %2.</source>
        <translation>搬迁户 %1 与网格“%2”不在同一个安置点。</translation>
    </message>
    <message>
        <source>Household %1 is no longer registered.</source>
        <translation>搬迁户 %1 已不在册。</translation>
    </message>
    <message>
        <source>The household has no exception to end.</source>
        <translation>该户没有需要结束的例外划分。</translation>
    </message>
    <message>
        <source>The person is not a registered resident.</source>
        <translation>此人不是在册居民。</translation>
    </message>
    <message>
        <source>A %1 is chosen from the residents of the grid&apos;s site.</source>
        <translation>%1须从网格所在安置点的居民中选任。</translation>
    </message>
    <message>
        <source>The party member is not on file.</source>
        <translation>没有这名党员的记录。</translation>
    </message>
    <message>
        <source>The building is not on the grid&apos;s site.</source>
        <translation>该楼栋不在网格所在的安置点。</translation>
    </message>
    <message>
        <source>The grid %1 has a grid leader already; end that service or hand it over first.</source>
        <translation>网格“%1”已有网格长；请先结束其任职或办理交接。</translation>
    </message>
    <message>
        <source>The staff member is not on file.</source>
        <translation>没有这名网格工作人员的记录。</translation>
    </message>
    <message>
        <source>%1&apos;s service has already ended.</source>
        <translation>%1 的任职已经结束。</translation>
    </message>
    <message>
        <source>%1 still has %2 open visit task(s): hand them over to a successor instead.</source>
        <translation>%1 还有 %2 项未完成的走访任务：请改为向接任者办理交接。</translation>
    </message>
    <message>
        <source>%1 is not serving on %2.</source>
        <translation>%1 在 %2 不在任。</translation>
    </message>
    <message>
        <source>Say why the work is handed over.</source>
        <translation>请说明交接原因。</translation>
    </message>
    <message>
        <source>The successor is not serving on %1.</source>
        <translation>接任者在 %1 不在任。</translation>
    </message>
    <message>
        <source>Hand the work to someone else.</source>
        <translation>请交接给另一个人。</translation>
    </message>
    <message>
        <source>The grid staff member is not serving on %1.</source>
        <translation>该网格工作人员在 %1 不在任。</translation>
    </message>
    <message>
        <source>Household %1 is paired with them already.</source>
        <translation>搬迁户 %1 已与其结对。</translation>
    </message>
    <message>
        <source>The pairing is not on file.</source>
        <translation>没有这条结对记录。</translation>
    </message>
    <message>
        <source>The pairing has already ended.</source>
        <translation>该结对已经结束。</translation>
    </message>
    <message>
        <source>A contact is recorded on a past day or today.</source>
        <translation>联系记录的日期只能是今天或以前。</translation>
    </message>
    <message>
        <source>The pairing with household %1 did not hold on %2.</source>
        <translation>%2 当天与搬迁户 %1 的结对并不存在。</translation>
    </message>
    <message>
        <source>Enter the day it starts.</source>
        <translation>请填写开始日期。</translation>
    </message>
    <message>
        <source>The person is already recorded as %1.</source>
        <translation>此人已登记为%1。</translation>
    </message>
    <message>
        <source>The care record is not on file.</source>
        <translation>没有这条关爱对象记录。</translation>
    </message>
    <message>
        <source>The care record has already ended.</source>
        <translation>这条关爱对象记录已经结束。</translation>
    </message>
</context>
<context>
    <name>anju::grids::GridWrites</name>
    <message>
        <source>The grid record was not saved: %1</source>
        <translation>网格记录未能保存：%1</translation>
    </message>
</context>
<context>
    <name>anju::grids::HouseholdTimeline</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>overdue, not yet visited</source>
        <translation>已逾期，尚未走访</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待走访</translation>
    </message>
    <message>
        <source>Placed in grid %1 by exception</source>
        <translation>例外划入网格 %1</translation>
    </message>
    <message>
        <source>Placement in grid %1 by exception ended</source>
        <translation>例外划入网格 %1 结束</translation>
    </message>
    <message>
        <source>Its unit assigned to grid %1</source>
        <translation>所在单元划入网格 %1</translation>
    </message>
    <message>
        <source>Its building assigned to grid %1</source>
        <translation>所在楼栋划入网格 %1</translation>
    </message>
    <message>
        <source>Visit (%1)</source>
        <translation>走访（%1）</translation>
    </message>
    <message>
        <source>; follow-up: %1</source>
        <translation>；后续：%1</translation>
    </message>
    <message>
        <source>Must attend (%1) by %2, %3</source>
        <translation>三必到（%1），须于 %2 前到场，%3</translation>
    </message>
    <message>
        <source>Regular visit (%1) not made in its window from %2</source>
        <translation>四必访（%1）未在期内走访（期自 %2 起）</translation>
    </message>
    <message>
        <source>Regular visit to %1 (%2) not made in its window from %3</source>
        <translation>四必访 %1（%2）未在期内走访（期自 %3 起）</translation>
    </message>
    <message>
        <source>Case received (%1): %2; %3, deadline %4</source>
        <translation>受理网格事件（%1）：%2；%3，办理期限 %4</translation>
    </message>
    <message>
        <source>; result: %1</source>
        <translation>；办理结果：%1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>事件进展：%2，%1</translation>
    </message>
    <message>
        <source>Pairing contact (%1)</source>
        <translation>结对联系（%1）</translation>
    </message>
    <message>
        <source>Pairing with %1 ended</source>
        <translation>与 %1 的结对帮扶结束</translation>
    </message>
    <message>
        <source>Paired with %1 (%2)</source>
        <translation>与 %1 结对帮扶（%2）</translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation>住户 %1 不存在。</translation>
    </message>
    <message>
        <source>The household&apos;s timeline could not be read: %1</source>
        <translation>无法读取该户的走访与事件：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Must attend</source>
        <translation>三必到</translation>
    </message>
    <message>
        <source>Missed visit</source>
        <translation>漏访</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>网格事件</translation>
    </message>
    <message>
        <source>Case step</source>
        <translation>事件进展</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>结对联系</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>anju::grids::PairingHandover</name>
    <message>
        <source>Enter the cadre&apos;s name.</source>
        <translation>请填写干部姓名。</translation>
    </message>
    <message>
        <source>The successor is not serving on %1.</source>
        <translation>接任者在 %1 不在任。</translation>
    </message>
    <message>
        <source>The party member is not on file.</source>
        <translation>没有这名党员的记录。</translation>
    </message>
    <message>
        <source>%1 is no longer on the party roll.</source>
        <translation>%1 已不在党员名册中。</translation>
    </message>
    <message>
        <source>Enter the day of the handover.</source>
        <translation>请填写移交日期。</translation>
    </message>
    <message>
        <source>Say why the work is handed over.</source>
        <translation>请说明移交原因。</translation>
    </message>
    <message>
        <source>%1 already holds these pairings: choose someone else.</source>
        <translation>这些结对本来就由 %1 负责，请另选接任者。</translation>
    </message>
    <message>
        <source>%1 has no open pairing to hand over.</source>
        <translation>%1 没有可移交的结对户。</translation>
    </message>
    <message>
        <source>The partner</source>
        <translation>该帮扶人</translation>
    </message>
    <message>
        <source>A chosen pairing is not an open pairing of %1.</source>
        <translation>所选结对中有一项不是 %1 当前的结对。</translation>
    </message>
    <message>
        <source>The pairing with household %1 began on %2: hand it over on that day or later.</source>
        <translation>与 %1 户的结对始于 %2，移交日期不能早于这一天。</translation>
    </message>
    <message>
        <source>%1 is paired with household %2 already: leave it out of the handover.</source>
        <translation>%1 已与 %2 户结对，请将该户从本次移交中去掉。</translation>
    </message>
    <message>
        <source>The pairing with household %1 was ended meanwhile; open the list again.</source>
        <translation>与 %1 户的结对刚被他人结束，请重新打开列表。</translation>
    </message>
    <message>
        <source>The grid is not on file.</source>
        <translation>没有这个网格的记录。</translation>
    </message>
</context>
<context>
    <name>anju::grids::StaffLoadQuery</name>
    <message>
        <source>The staff member is not on file.</source>
        <translation>该网格人员不存在。</translation>
    </message>
</context>
<context>
    <name>anju::grids::VisitPlan</name>
    <message>
        <source>The visit plan could not be read: %1</source>
        <translation>无法读取走访计划：%1</translation>
    </message>
    <message>
        <source>(no one assigned)</source>
        <translation>（未指派）</translation>
    </message>
</context>
<context>
    <name>anju::grids::VisitService</name>
    <message>
        <source>The household is not on file.</source>
        <translation>该户不在档。</translation>
    </message>
    <message>
        <source>Choose the month to plan.</source>
        <translation>请选择要安排的月份。</translation>
    </message>
    <message>
        <source>The month&apos;s visit tasks could not be read: %1</source>
        <translation>无法读取本月走访任务：%1</translation>
    </message>
    <message>
        <source>The visit plan was not saved: %1</source>
        <translation>走访计划未保存：%1</translation>
    </message>
    <message>
        <source>Enter the day it happened.</source>
        <translation>请填写事情发生的日期。</translation>
    </message>
    <message>
        <source>The day it happened cannot be in the future.</source>
        <translation>发生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The person is not a member of this household.</source>
        <translation>此人不是该户的成员。</translation>
    </message>
    <message>
        <source>The must-attend task was not saved: %1</source>
        <translation>三必到任务未保存：%1</translation>
    </message>
    <message>
        <source>Enter the day of the visit.</source>
        <translation>请填写走访日期。</translation>
    </message>
    <message>
        <source>The day of the visit cannot be in the future.</source>
        <translation>走访日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose the grid staff member who visited.</source>
        <translation>请选择走访的网格人员。</translation>
    </message>
    <message>
        <source>Choose the party member who visited.</source>
        <translation>请选择走访的党员。</translation>
    </message>
    <message>
        <source>Enter the name of the cadre who visited.</source>
        <translation>请填写走访干部的姓名。</translation>
    </message>
    <message>
        <source>The task is not one of this household&apos;s.</source>
        <translation>该任务不属于此户。</translation>
    </message>
    <message>
        <source>The task was already answered by the visit of %1.</source>
        <translation>该任务已由 %1 的走访完成。</translation>
    </message>
    <message>
        <source>The task was cancelled: %1</source>
        <translation>该任务已取消：%1</translation>
    </message>
    <message>
        <source>The visit was before the task was due (from %1); it cannot answer it.</source>
        <translation>走访日期早于任务开始日期（%1），不能用来完成该任务。</translation>
    </message>
    <message>
        <source>Choose the task this visit answers.</source>
        <translation>请选择这次走访所完成的任务。</translation>
    </message>
    <message>
        <source>The visit was not saved: %1</source>
        <translation>走访记录未保存：%1</translation>
    </message>
    <message>
        <source>Someone else answered or cancelled this task meanwhile.</source>
        <translation>其他人已同时完成或取消了该任务。</translation>
    </message>
    <message>
        <source>The task is not on file.</source>
        <translation>该任务不在档。</translation>
    </message>
    <message>
        <source>The task is no longer open.</source>
        <translation>该任务已不再待办。</translation>
    </message>
    <message>
        <source>Say why the task is cancelled.</source>
        <translation>请说明取消任务的原因。</translation>
    </message>
    <message>
        <source>Enter the day it is cancelled, not in the future.</source>
        <translation>请填写取消日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>The task was not cancelled: %1</source>
        <translation>任务未取消：%1</translation>
    </message>
</context>
<context>
    <name>anju::grids::VisitSheetCode</name>
    <message>
        <source>Type or scan the code of a row of the visit sheet, e.g. V5724.</source>
        <translation>请输入或扫描走访表上某一行的编码，例如 V5724。</translation>
    </message>
    <message>
        <source>%1 is not a code of the visit sheet: a code is V followed by digits, e.g. V5724.</source>
        <translation>%1 不是走访表的编码：编码是字母 V 加数字，例如 V5724。</translation>
    </message>
    <message>
        <source>The code %1 is mistyped (its last digit does not check); type it again from the sheet.</source>
        <translation>编码 %1 输入有误（末位校验码不符），请对照走访表重新输入。</translation>
    </message>
</context>
<context>
    <name>anju::grids::VisitSheetQuery</name>
    <message>
        <source>The visit sheet could not be read: %1</source>
        <translation>无法读取走访表：%1</translation>
    </message>
    <message>
        <source>Choose the month of the sheet.</source>
        <translation>请选择走访表的月份。</translation>
    </message>
    <message>
        <source>Choose whose visit sheet to make.</source>
        <translation>请选择为谁制作走访表。</translation>
    </message>
    <message>
        <source>The building is not on file.</source>
        <translation>该楼栋不在档。</translation>
    </message>
    <message>
        <source>No visit task has the code %1.</source>
        <translation>没有编码为 %1 的走访任务。</translation>
    </message>
    <message>
        <source>The task of code %1 (household %2) was already answered by the visit of %3.</source>
        <translation>编码 %1 的任务（户 %2）已由 %3 的走访完成。</translation>
    </message>
    <message>
        <source>The task of code %1 (household %2) was cancelled on %3: %4</source>
        <translation>编码 %1 的任务（户 %2）已于 %3 取消：%4</translation>
    </message>
    <message>
        <source>The task of code %1 is of a household outside your sites.</source>
        <translation>编码 %1 的任务属于您负责的安置点以外的住户。</translation>
    </message>
    <message>
        <source>The workers could not be read: %1</source>
        <translation>无法读取网格员：%1</translation>
    </message>
    <message>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>party member, %1</source>
        <translation>党员，%1</translation>
    </message>
    <message>
        <source>No grid worker or pairing cadre named %1 serves in %2.</source>
        <translation>%2 没有名为 %1 的网格人员或结对干部。</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 names %2 workers; choose one by its key:
%3</source>
        <translation>“%1”对应 %2 人，请用其编号指定一人：
%3</translation>
    </message>
    <message>
        <source>The buildings could not be read: %1</source>
        <translation>无法读取楼栋：%1</translation>
    </message>
    <message>
        <source>No building is named %1.</source>
        <translation>没有名为 %1 的楼栋。</translation>
    </message>
    <message>
        <source>%1 names %2 buildings; choose one by its id:
%3</source>
        <translation>“%1”对应 %2 个楼栋，请用编号指定一个：
%3</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2%3</translation>
    </message>
</context>
<context>
    <name>anju::income::FollowUpFindings</name>
    <message>
        <source>below the monitoring line</source>
        <translation>低于监测标准</translation>
    </message>
    <message>
        <source>income dropped</source>
        <translation>收入骤降</translation>
    </message>
    <message>
        <source>large expense</source>
        <translation>大额支出</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <source>The findings could not be read: %1</source>
        <translation>无法读取清单：%1</translation>
    </message>
    <message>
        <source>Take the household into the monitoring procedure (入户核实), or review it and record why it is declined.</source>
        <translation>启动监测户纳入程序（入户核实），或经评议不予纳入并写明原因。</translation>
    </message>
    <message>
        <source>Check whether the person qualifies for 低保 or 特困供养 and enrol them, or record why not.</source>
        <translation>核实是否符合低保或特困供养条件并纳入，或记录不纳入的原因。</translation>
    </message>
    <message>
        <source>monitored household</source>
        <translation>监测户</translation>
    </message>
    <message>
        <source>flagged this month: %1</source>
        <translation>本月预警：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeCheckRepository</name>
    <message>
        <source>Choose the month of the checks.</source>
        <translation>请选择核查月份。</translation>
    </message>
    <message>
        <source>The grid is not on file.</source>
        <translation>没有这个网格。</translation>
    </message>
    <message>
        <source>The grid is not one of the site&apos;s.</source>
        <translation>这个网格不属于该安置点。</translation>
    </message>
    <message>
        <source>Choose the site or the grid of the sheet.</source>
        <translation>请选择核查表的安置点或网格。</translation>
    </message>
    <message>
        <source>The households of the sheet could not be read: %1</source>
        <translation>无法读取核查表的搬迁户：%1</translation>
    </message>
    <message>
        <source>The checks of the sheet could not be read: %1</source>
        <translation>无法读取核查表的核查记录：%1</translation>
    </message>
    <message>
        <source>The flags of the sheet could not be read: %1</source>
        <translation>无法读取核查表的预警标记：%1</translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeCheckService</name>
    <message>
        <source>Choose the household.</source>
        <translation>请选择搬迁户。</translation>
    </message>
    <message>
        <source>Enter the month of the check.</source>
        <translation>请填写核查月份。</translation>
    </message>
    <message>
        <source>%1 has not begun: a check is for this month or an earlier one.</source>
        <translation>%1 还没有到：只能核查本月或以前的月份。</translation>
    </message>
    <message>
        <source>Enter the day of the check.</source>
        <translation>请填写核查日期。</translation>
    </message>
    <message>
        <source>The day of the check cannot be in the future.</source>
        <translation>核查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The day of the check cannot be before the month it checks (%1).</source>
        <translation>核查日期不能早于所核查的月份（%1）。</translation>
    </message>
    <message>
        <source>The headcount cannot be negative.</source>
        <translation>家庭人口数不能为负数。</translation>
    </message>
    <message>
        <source>The wage income</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>The business income</source>
        <translation>经营性收入</translation>
    </message>
    <message>
        <source>The property income</source>
        <translation>财产性收入</translation>
    </message>
    <message>
        <source>The transfer income</source>
        <translation>转移性收入</translation>
    </message>
    <message>
        <source>The operating costs</source>
        <translation>经营费用</translation>
    </message>
    <message>
        <source>The medical expenditure</source>
        <translation>医疗支出</translation>
    </message>
    <message>
        <source>The education expenditure</source>
        <translation>教育支出</translation>
    </message>
    <message>
        <source>The disaster expenditure</source>
        <translation>灾害支出</translation>
    </message>
    <message>
        <source>The other expenditure</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>%1 cannot be over 100,000,000 yuan in a month.</source>
        <translation>%1一个月不能超过 1 亿元。</translation>
    </message>
    <message>
        <source>A check is typed on the grid or imported from a sheet.</source>
        <translation>核查记录的来源只能是录入或导入。</translation>
    </message>
    <message>
        <source>The checker&apos;s name is too long (50 characters at most).</source>
        <translation>核查人姓名过长（最多 50 个字）。</translation>
    </message>
    <message>
        <source>The household is not on file.</source>
        <translation>没有这一户的档案。</translation>
    </message>
    <message>
        <source>The household moved to the site on %1, after %2.</source>
        <translation>该户 %1 才搬入安置点，晚于 %2。</translation>
    </message>
    <message>
        <source>The household left the site on %1, before %2.</source>
        <translation>该户已于 %1 迁离安置点，早于 %2。</translation>
    </message>
    <message>
        <source>The household has no members on file at the end of %1: enter the headcount.</source>
        <translation>该户在 %1 月底没有在册家庭成员：请填写家庭人口数。</translation>
    </message>
    <message>
        <source>The household already has a check of %1: open it to change it.</source>
        <translation>该户 %1 已有收支核查记录：请打开原记录修改。</translation>
    </message>
    <message>
        <source>Someone else changed this check meanwhile: reload it and enter your change again.</source>
        <translation>这条核查记录已被他人修改：请重新读取后再录入您的修改。</translation>
    </message>
    <message>
        <source>The check is not on file.</source>
        <translation>没有这条核查记录。</translation>
    </message>
    <message>
        <source>The household and month of a saved check cannot be changed.</source>
        <translation>已保存的核查记录不能更改户和月份。</translation>
    </message>
    <message>
        <source>The check was not saved: %1</source>
        <translation>核查记录未保存：%1</translation>
    </message>
    <message>
        <source>The check was saved but could not be read back.</source>
        <translation>核查记录已保存，但无法读回。</translation>
    </message>
    <message>
        <source>The headcount cannot be over %1 people.</source>
        <translation>家庭人口数不能超过 %1 人。</translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeFlags</name>
    <message>
        <source>Choose the month.</source>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <source>The flagged households could not be read: %1</source>
        <translation>无法读取预警户名单：%1</translation>
    </message>
    <message>
        <source>The households not checked could not be read: %1</source>
        <translation>无法读取未核查户名单：%1</translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeMonthQueries</name>
    <message>
        <source>The income figures could not be counted: %1</source>
        <translation>收支核查数据无法统计：%1</translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeRules</name>
    <message>
        <source>The net income of the month is negative (%1 yuan): the costs exceed the income.</source>
        <translation>本月纯收入为负（%1 元）：经营费用超过了收入。</translation>
    </message>
    <message>
        <source>The headcount is 0: the per-capita income cannot be worked out.</source>
        <translation>家庭人口数为 0，无法计算人均纯收入。</translation>
    </message>
    <message>
        <source>%1 people in one household: check the headcount.</source>
        <translation>一户 %1 人：请核对家庭人口数。</translation>
    </message>
    <message>
        <source>The headcount %1 differs from the household&apos;s %2 members on file.</source>
        <translation>家庭人口数 %1 与在册家庭成员 %2 人不一致。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>%1 yuan in one month is unusually large: check the amount.</source>
        <translation>一个月 %1 元，金额异常偏大：请核对。</translation>
    </message>
    <message>
        <source>A large expense: over %1 yuan, the household will be flagged.</source>
        <translation>大额支出：超过 %1 元，该户将被标记预警。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people (1 to %2).</source>
        <translation>“%1”不是人数（1 至 %2 人）。</translation>
    </message>
    <message>
        <source>%1 people cannot be a household&apos;s: the per-capita income needs 1 to %2 people. Type the household&apos;s number of people.</source>
        <translation>家庭人口不能是 %1 人：计算人均收入需要 1 至 %2 人。请填写该户的实际人口数。</translation>
    </message>
    <message>
        <source>%1 people are more than a household has (1 to %2).</source>
        <translation>%1 人超出一户的人口范围（1 至 %2 人）。</translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeSettings</name>
    <message>
        <source>%1 has no monitoring line: set one in the settings.</source>
        <translation>%1 年没有监测标准：请在设置中填写。</translation>
    </message>
    <message>
        <source>%1 has no monitoring line of its own and is judged by the line of %2 (%3 yuan per person per year).</source>
        <translation>%1 年未设监测标准，按 %2 年的标准（每人每年 %3 元）判断。</translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringMonthQueries</name>
    <message>
        <source>The monitoring figures could not be counted: %1</source>
        <translation>监测帮扶数据无法统计：%1</translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringRepository</name>
    <message>
        <source>Monitoring case %1 is not on file.</source>
        <translation>没有编号为 %1 的监测记录。</translation>
    </message>
    <message>
        <source>The monitored households could not be read.</source>
        <translation>无法读取监测户。</translation>
    </message>
    <message>
        <source>Choose the site whose notice board is printed.</source>
        <translation>请选择要打印公示名单的安置点。</translation>
    </message>
    <message>
        <source>Site %1 is not on file.</source>
        <translation>没有编号为 %1 的安置点。</translation>
    </message>
    <message>
        <source>the community office of %1%2</source>
        <translation>%1社区居委会%2</translation>
    </message>
    <message>
        <source> or %1</source>
        <translation>或%1</translation>
    </message>
    <message>
        <source>The notice list could not be read.</source>
        <translation>无法读取公示名单。</translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringRules</name>
    <message>
        <source>Notice open until %1; approval locked until %2.</source>
        <translation>公示至 %1，%2 前不能审批。</translation>
    </message>
    <message>
        <source>The household is %1: no procedure is running, so no notice is set.</source>
        <translation>这一户%1，没有正在进行的程序，不能确定公示期。</translation>
    </message>
    <message>
        <source>The notice is set after the village review has passed; the step due now is %1.</source>
        <translation>村（社区）评议通过后才能确定公示期；当前步骤是%1。</translation>
    </message>
    <message>
        <source>Enter the first day of the notice.</source>
        <translation>请填写公示开始日期。</translation>
    </message>
    <message>
        <source>Enter the last day of the notice.</source>
        <translation>请填写公示截止日期。</translation>
    </message>
    <message>
        <source>The notice cannot begin before the village review was decided (%1).</source>
        <translation>公示不能早于村（社区）评议的日期（%1）开始。</translation>
    </message>
    <message>
        <source>The notice&apos;s last day is before its first day.</source>
        <translation>公示截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>The notice from %1 to %2 has %3 working days; at least %4 are required (until %5 at the earliest).</source>
        <translation>%1 至 %2 的公示只有 %3 个工作日，至少要 %4 个工作日（最早到 %5）。</translation>
    </message>
    <message>
        <source>The notice from %1 to %2 has %3 days; at least %4 are required (until %5 at the earliest).</source>
        <translation>%1 至 %2 的公示只有 %3 天，至少要 %4 天（最早到 %5）。</translation>
    </message>
    <message>
        <source>An objection was received on %1, before the new first day.</source>
        <translation>%1 已收到异议，早于新的公示开始日期。</translation>
    </message>
    <message>
        <source>The household is %1: no procedure is running, so there is no step to decide.</source>
        <translation>这一户%1，没有正在进行的程序，没有要定的步骤。</translation>
    </message>
    <message>
        <source>The step due now is %1, not %2: the steps are decided in their order.</source>
        <translation>当前步骤是%1，不是%2：各步骤要按顺序定。</translation>
    </message>
    <message>
        <source>Set the notice period first: the notice is decided after it has run.</source>
        <translation>请先确定公示期：公示期满后才能定公示结果。</translation>
    </message>
    <message>
        <source>%1 has not begun: decide the step before it first.</source>
        <translation>%1还没有开始：请先定前一步。</translation>
    </message>
    <message>
        <source>Enter the day of the decision.</source>
        <translation>请填写决定日期。</translation>
    </message>
    <message>
        <source>The day of the decision cannot be in the future.</source>
        <translation>决定日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the step began (%1).</source>
        <translation>决定日期不能早于这一步开始的日期（%1）。</translation>
    </message>
    <message>
        <source>Enter why the step was rejected.</source>
        <translation>请填写不通过的原因。</translation>
    </message>
    <message>
        <source>The notice runs until %1: %2 cannot be approved before %3.</source>
        <translation>公示至 %1：%3 前不能通过%2。</translation>
    </message>
    <message>
        <source>The objection received on %1 is not settled: settle it before the notice is approved.</source>
        <translation>%1 收到的异议还没有处理：处理后才能通过公示。</translation>
    </message>
    <message>
        <source>Only a household in entry review can be declined; this one is %1.</source>
        <translation>只有纳入审核中的户才能不予纳入；这一户%1。</translation>
    </message>
    <message>
        <source>Enter why the household is not taken in.</source>
        <translation>请填写不予纳入的原因。</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the procedure&apos;s last step (%1).</source>
        <translation>决定日期不能早于程序上一步的日期（%1）。</translation>
    </message>
    <message>
        <source>Risk elimination starts for a monitored household; this one is %1.</source>
        <translation>只有监测中的户才能开始风险消除；这一户%1。</translation>
    </message>
    <message>
        <source>Enter the day the elimination starts.</source>
        <translation>请填写风险消除的开始日期。</translation>
    </message>
    <message>
        <source>The day the elimination starts cannot be in the future.</source>
        <translation>风险消除的开始日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The elimination cannot start before %1, the household&apos;s last change.</source>
        <translation>风险消除不能早于这一户上次变动的日期 %1。</translation>
    </message>
    <message>
        <source>Objections are logged against a notice; this household has no notice running.</source>
        <translation>异议是针对公示的；这一户没有正在进行的公示。</translation>
    </message>
    <message>
        <source>Enter what the objection says.</source>
        <translation>请填写异议内容。</translation>
    </message>
    <message>
        <source>Enter the day the objection was received.</source>
        <translation>请填写收到异议的日期。</translation>
    </message>
    <message>
        <source>The day the objection was received cannot be in the future.</source>
        <translation>收到异议的日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The notice began on %1; an objection cannot be received before.</source>
        <translation>公示从 %1 开始，收到异议的日期不能早于这一天。</translation>
    </message>
    <message>
        <source>The objection was settled on %1 already.</source>
        <translation>这条异议已于 %1 处理。</translation>
    </message>
    <message>
        <source>Enter how the objection was handled.</source>
        <translation>请填写异议的处理结果。</translation>
    </message>
    <message>
        <source>Enter the day the objection was settled.</source>
        <translation>请填写异议的处理日期。</translation>
    </message>
    <message>
        <source>The day the objection was settled cannot be in the future.</source>
        <translation>异议的处理日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The objection was received on %1; it cannot be settled before.</source>
        <translation>异议于 %1 收到，处理日期不能早于这一天。</translation>
    </message>
    <message>
        <source>The household is %1: no new measures are recorded.</source>
        <translation>这一户%1，不再登记新的帮扶措施。</translation>
    </message>
    <message>
        <source>Enter what the measure is.</source>
        <translation>请填写帮扶措施的内容。</translation>
    </message>
    <message>
        <source>Enter the day the measure starts.</source>
        <translation>请填写措施的开始日期。</translation>
    </message>
    <message>
        <source>The measure cannot start before the household was found (%1).</source>
        <translation>措施的开始日期不能早于发现这一户的日期（%1）。</translation>
    </message>
    <message>
        <source>The measure ended on %1 already.</source>
        <translation>这项措施已于 %1 结束。</translation>
    </message>
    <message>
        <source>Enter the day the measure ends.</source>
        <translation>请填写措施的结束日期。</translation>
    </message>
    <message>
        <source>The measure started on %1; it cannot end before.</source>
        <translation>措施于 %1 开始，结束日期不能早于这一天。</translation>
    </message>
    <message>
        <source>The objection to the notice received on %1 is not settled: settle it before %2 is approved.</source>
        <translation>%1 收到的公示异议还没有处理：请先处理异议，再审批%2。</translation>
    </message>
    <message>
        <source>The objection received on %1 was settled on %2: %3 cannot be approved before it was settled.</source>
        <translation>%1 收到的异议于 %2 才处理完毕：%3不能早于异议处理日期审批通过。</translation>
    </message>
    <message>
        <source>The notice ran from %1 to %2; what was received on %3 is not an objection to it. Register it as a grid case, or verify the household again.</source>
        <translation>公示期为 %1 至 %2，%3 收到的意见不属于这次公示的异议。请登记为网格事件，或重新入户核实。</translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringService</name>
    <message>
        <source>Monitoring case %1 is not on file.</source>
        <translation>没有编号为 %1 的监测记录。</translation>
    </message>
    <message>
        <source>Choose the flagged income check.</source>
        <translation>请选择有标记的收支核查记录。</translation>
    </message>
    <message>
        <source>The income check is not this household&apos;s.</source>
        <translation>这条收支核查记录不是这一户的。</translation>
    </message>
    <message>
        <source>The income check has no flag (below the line, a drop, a large expense); choose another way the household was found.</source>
        <translation>这条收支核查记录没有标记（低于监测线、收入骤降、大额支出），请选择其他发现途径。</translation>
    </message>
    <message>
        <source>Choose the visit that found the household.</source>
        <translation>请选择发现这一户的走访记录。</translation>
    </message>
    <message>
        <source>The visit is not this household&apos;s.</source>
        <translation>这条走访记录不是这一户的。</translation>
    </message>
    <message>
        <source>Choose the grid case that found the household.</source>
        <translation>请选择发现这一户的网格事件。</translation>
    </message>
    <message>
        <source>The grid case is not about this household.</source>
        <translation>这个网格事件与这一户无关。</translation>
    </message>
    <message>
        <source>Enter the department whose data found the household.</source>
        <translation>请填写提供数据的部门。</translation>
    </message>
    <message>
        <source>Choose the household.</source>
        <translation>请选择户。</translation>
    </message>
    <message>
        <source>The household is not on file.</source>
        <translation>没有这一户的档案。</translation>
    </message>
    <message>
        <source>Enter the day the household was found.</source>
        <translation>请填写发现日期。</translation>
    </message>
    <message>
        <source>The day the household was found cannot be in the future.</source>
        <translation>发现日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The household is already in the monitoring workflow (%1 since %2).</source>
        <translation>这一户已在监测程序中（%2 起%1）。</translation>
    </message>
    <message>
        <source>The monitoring case was not saved: %1</source>
        <translation>监测记录没有保存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this monitoring case meanwhile; open it again.</source>
        <translation>这条监测记录刚被别人改过，请重新打开。</translation>
    </message>
    <message>
        <source>The step was not saved: %1</source>
        <translation>步骤没有保存：%1</translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation>决定没有保存：%1</translation>
    </message>
    <message>
        <source>Someone else decided this step meanwhile; open the case again.</source>
        <translation>这一步刚被别人定了，请重新打开。</translation>
    </message>
    <message>
        <source>The objection was not saved: %1</source>
        <translation>异议没有保存：%1</translation>
    </message>
    <message>
        <source>The objection is not on file.</source>
        <translation>没有这条异议。</translation>
    </message>
    <message>
        <source>Someone else settled this objection meanwhile; open the case again.</source>
        <translation>这条异议刚被别人处理了，请重新打开。</translation>
    </message>
    <message>
        <source>The measure was not saved: %1</source>
        <translation>措施没有保存：%1</translation>
    </message>
    <message>
        <source>The measure is not on file.</source>
        <translation>没有这项措施。</translation>
    </message>
    <message>
        <source>Someone else ended this measure meanwhile; open the case again.</source>
        <translation>这项措施刚被别人结束了，请重新打开。</translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringSources</name>
    <message>
        <source>Choose the household first.</source>
        <translation>请先选定户。</translation>
    </message>
    <message>
        <source>%1 check: %2</source>
        <translation>%1 核查：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>，走访人 %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>anju::income::SafetyNetRepository</name>
    <message>
        <source>The safety-net list could not be read: %1</source>
        <translation>无法读取兜底保障名单：%1</translation>
    </message>
    <message>
        <source>The exemptions could not be read: %1</source>
        <translation>无法读取不纳入原因：%1</translation>
    </message>
    <message>
        <source>The person is not on file.</source>
        <translation>查无此人。</translation>
    </message>
</context>
<context>
    <name>anju::income::SafetyNetRules</name>
    <message>
        <source>Choose the person to enrol.</source>
        <translation>请选择要纳入的人员。</translation>
    </message>
    <message>
        <source>Choose the scheme.</source>
        <translation>请选择保障项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scheme of the office&apos;s list (settings safetynet.scheme.*).</source>
        <translation>“%1”不在本单位的保障项目表中（设置 safetynet.scheme.*）。</translation>
    </message>
    <message>
        <source>Enter the amount paid, more than 0.</source>
        <translation>请填写发放金额，须大于 0。</translation>
    </message>
    <message>
        <source>Enter the monthly amount, more than 0.</source>
        <translation>请填写每月金额，须大于 0。</translation>
    </message>
    <message>
        <source>Enter the day the enrolment begins.</source>
        <translation>请填写开始享受的日期。</translation>
    </message>
    <message>
        <source>The enrolment cannot end before it begins.</source>
        <translation>截止日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The person is already enrolled in %1 from %2 to %3.</source>
        <translation>此人 %2 至 %3 已享受%1。</translation>
    </message>
    <message>
        <source>The person is already enrolled in %1 since %2.</source>
        <translation>此人自 %2 起已享受%1。</translation>
    </message>
    <message>
        <source>A one-off payment has nothing to end.</source>
        <translation>一次性发放无需停发。</translation>
    </message>
    <message>
        <source>Enter the first day the enrolment no longer holds.</source>
        <translation>请填写停止日期（从这天起不再享受）。</translation>
    </message>
    <message>
        <source>The enrolment can only end after the day it began (%1).</source>
        <translation>停止日期须晚于开始日期（%1）。</translation>
    </message>
    <message>
        <source>The enrolment already ends on %1.</source>
        <translation>这条保障已于 %1 停止。</translation>
    </message>
    <message>
        <source>Say why the enrolment ends.</source>
        <translation>请写明停发原因。</translation>
    </message>
    <message>
        <source>A one-off payment has no monthly amount to change.</source>
        <translation>一次性发放没有每月金额可调整。</translation>
    </message>
    <message>
        <source>The new amount is the same as the current one.</source>
        <translation>新金额与现在的金额相同。</translation>
    </message>
    <message>
        <source>Enter the day the new amount applies from.</source>
        <translation>请填写新金额的执行日期。</translation>
    </message>
    <message>
        <source>The new amount must apply from a day after %1, the day the current amount began.</source>
        <translation>新金额的执行日期须晚于现行金额的开始日期 %1。</translation>
    </message>
    <message>
        <source>The enrolment ends on %1, before the new amount would apply.</source>
        <translation>这条保障于 %1 停止，早于新金额的执行日期。</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <source>Say why the person is not enrolled (income above the standard, refused, supported by family …).</source>
        <translation>请写明不纳入的原因（收入超过标准、本人不愿意、由家人赡养……）。</translation>
    </message>
    <message>
        <source>Enter the day the reason holds from.</source>
        <translation>请填写原因的起始日期。</translation>
    </message>
    <message>
        <source>The reason must end after the day it begins.</source>
        <translation>原因的截止日期须晚于起始日期。</translation>
    </message>
    <message>
        <source>Enter the first day the reason no longer holds.</source>
        <translation>请填写原因失效的日期。</translation>
    </message>
    <message>
        <source>The reason can only end after the day it began (%1).</source>
        <translation>原因的结束日期须晚于起始日期（%1）。</translation>
    </message>
    <message>
        <source>The reason already ends on %1.</source>
        <translation>这条原因已于 %1 结束。</translation>
    </message>
    <message>
        <source>Amount changed</source>
        <translation>调整金额</translation>
    </message>
</context>
<context>
    <name>anju::income::SafetyNetService</name>
    <message>
        <source>The person is not on file.</source>
        <translation>查无此人。</translation>
    </message>
    <message>
        <source>The person died on %1.</source>
        <translation>此人已于 %1 去世。</translation>
    </message>
    <message>
        <source>The person moved away on %1.</source>
        <translation>此人已于 %1 迁出。</translation>
    </message>
    <message>
        <source>The enrolment was not saved: %1</source>
        <translation>兜底保障未保存：%1</translation>
    </message>
    <message>
        <source>The enrolment is not on file.</source>
        <translation>查无这条兜底保障。</translation>
    </message>
    <message>
        <source>The new amount was not saved: %1</source>
        <translation>新金额未保存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this enrolment meanwhile; open it again.</source>
        <translation>这条兜底保障刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The enrolment was not ended: %1</source>
        <translation>未能停发：%1</translation>
    </message>
    <message>
        <source>The reason was not saved: %1</source>
        <translation>原因未保存：%1</translation>
    </message>
    <message>
        <source>The reason is not on file.</source>
        <translation>查无这条原因。</translation>
    </message>
    <message>
        <source>The reason was not ended: %1</source>
        <translation>未能结束原因：%1</translation>
    </message>
</context>
<context>
    <name>anju::party::ConversionPlanner</name>
    <message>
        <source>Approved by the higher party committee on %1</source>
        <translation>上级党委于 %1 批准</translation>
    </message>
    <message>
        <source>Enter the date of the branch general meeting.</source>
        <translation>请输入支部党员大会的日期。</translation>
    </message>
    <message>
        <source>Enter the date the higher party committee approved the conversion.</source>
        <translation>请输入上级党委批准转正的日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 不能晚于今天。</translation>
    </message>
    <message>
        <source>The approval (%1) cannot come before the branch general meeting (%2).</source>
        <translation>批准日期（%1）不能早于支部党员大会（%2）。</translation>
    </message>
</context>
<context>
    <name>anju::party::LeavingRules</name>
    <message>
        <source>%1 has already left the party.</source>
        <translation>%1已出党。</translation>
    </message>
    <message>
        <source>%1 is %2: only a member on the branch&apos;s roll can leave the party here.</source>
        <translation>%1为“%2”：只有支部在册党员才能在此登记出党。</translation>
    </message>
    <message>
        <source>%1 is %2, not yet a party member: an applicant, activist or development target who stops is not a leaving of the party.</source>
        <translation>%1为%2，尚不是党员：入党申请人、入党积极分子或发展对象终止培养，不属于出党。</translation>
    </message>
    <message>
        <source>Only a probationary member&apos;s membership can be cancelled; %1 is a full member.</source>
        <translation>只能取消预备党员的资格；%1是正式党员。</translation>
    </message>
    <message>
        <source>Enter the date the member left.</source>
        <translation>请填写出党日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 不能晚于今天。</translation>
    </message>
    <message>
        <source>%1 was admitted on %2; nobody leaves the party before being admitted.</source>
        <translation>%1于 %2 被接收为预备党员；接收之前不存在出党。</translation>
    </message>
    <message>
        <source>The date is before the last change of state (%1).</source>
        <translation>日期早于上一次状态变更（%1）。</translation>
    </message>
    <message>
        <source>%1 was not a probationary member on %2.</source>
        <translation>%1在 %2 不是预备党员。</translation>
    </message>
    <message>
        <source>Enter the decision (its text or document number) that the member leaves.</source>
        <translation>请填写出党的决定（决定内容或文号）。</translation>
    </message>
    <message>
        <source>Choose the branch general meeting that decided it.</source>
        <translation>请选择作出决定的支部党员大会。</translation>
    </message>
    <message>
        <source>The meeting of %1 is a %2; leaving the party is decided by the branch general meeting.</source>
        <translation>%1 的会议是%2；出党须由支部党员大会讨论决定。</translation>
    </message>
    <message>
        <source>The meeting of %1 is after the day the member left (%2).</source>
        <translation>%1 的会议晚于出党日期（%2）。</translation>
    </message>
    <message>
        <source>The meeting of %1 is not one of the branch %2 belonged to on %3.</source>
        <translation>%1 的会议不是%2在 %3 所在支部的会议。</translation>
    </message>
</context>
<context>
    <name>anju::party::PartyReview</name>
    <message>
        <source>%1 applied on %2; the branch talks with an applicant within a month (by %3).</source>
        <translation>%1于%2递交入党申请书，党组织应在一个月内（%3前）派人谈话。</translation>
    </message>
    <message>
        <source>%1 has been an activist since %2: one year of cultivation is complete on %3; consider naming them a development target.</source>
        <translation>%1自%2起为入党积极分子，%3培养考察满一年，可研究确定为发展对象。</translation>
    </message>
    <message>
        <source>The extended probation of %1 ends on %2: the branch meeting decides on the conversion.</source>
        <translation>%1延长的预备期于%2届满，应由支部党员大会讨论其转正。</translation>
    </message>
    <message>
        <source>The probation of %1 (admitted %2) ends on %3: the branch meeting decides on the conversion.</source>
        <translation>%1（%2接收为预备党员）预备期于%3届满，应由支部党员大会讨论其转正。</translation>
    </message>
    <message numerus="yes">
        <source>%1 owes dues for %n month(s) since %2, %3 yuan.</source>
        <translation>
            <numerusform>%1自%2起欠缴党费%n个月，共%3元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Not paid for %n month(s) in a row: the branch must talk with the member.</source>
        <translation>
            <numerusform>已连续%n个月未交纳党费，支部应及时谈话提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no %2 was held from %3 to %4.</source>
        <translation>%1：%3至%4期间未召开%2。</translation>
    </message>
    <message>
        <source>%1: no %2 held yet in the period from %3 to %4.</source>
        <translation>%1：%3至%4期间尚未召开%2。</translation>
    </message>
    <message>
        <source>%1 has %2 full members; a branch needs at least %3.</source>
        <translation>%1现有正式党员%2名，成立支部至少需要%3名。</translation>
    </message>
    <message>
        <source>%1 has %2 full members and a committee of %3; it needs a committee of %4 to %5.</source>
        <translation>%1现有正式党员%2名、支委%3名，应设立%4至%5人的支部委员会。</translation>
    </message>
    <message>
        <source>Transfer of %1 out to %2 (letter %3 of %4) is not completed.</source>
        <translation>%1转往%2的组织关系（介绍信%3，%4开具）尚未办结。</translation>
    </message>
    <message>
        <source>Transfer of %1 in from %2 (letter %3 of %4) is not completed.</source>
        <translation>%1自%2转入的组织关系（介绍信%3，%4）尚未办结。</translation>
    </message>
    <message>
        <source>%1 (%2 residents) is covered by no party organisation.</source>
        <translation>%1（居民%2人）尚未被任何党组织覆盖。</translation>
    </message>
    <message>
        <source>%1 has no work team serving on %2.</source>
        <translation>%1在%2没有在岗的驻村工作队。</translation>
    </message>
    <message>
        <source>%1 has no first secretary serving on %2.</source>
        <translation>%1在%2没有在岗的第一书记。</translation>
    </message>
    <message>
        <source>%1 has %2 members, 100 or more: a case for forming a party committee.</source>
        <translation>%1有党员%2名，达到100名以上：应考虑成立党委。</translation>
    </message>
    <message>
        <source>%1 has %2 members, more than %3: a case for forming a general party branch.</source>
        <translation>%1有党员%2名，超过%3名：应考虑成立党总支。</translation>
    </message>
    <message>
        <source>%1 has %2 residents and %3 full members: it needs a party organisation of its own (a branch, a general branch or a party committee covering this site alone).</source>
        <translation>%1有居民%2人、正式党员%3名，应单独建立党组织（只覆盖本安置点的党支部、党总支或党委）。</translation>
    </message>
    <message>
        <source>%1: the secretary %2 has been a full member since %3, under a year; record why if it stays so.</source>
        <translation>%1：书记%2于 %3 转为正式党员，党龄不足一年；如继续任职，请登记原因。</translation>
    </message>
    <message>
        <source>%1: the secretary %2 is not a full member; record why if it stays so.</source>
        <translation>%1：书记%2不是正式党员；如继续任职，请登记原因。</translation>
    </message>
    <message numerus="yes">
        <source> Not paid for %n month(s) in a row: without good reason this is leaving the party of one&apos;s own accord, and the branch general meeting should decide on removal.</source>
        <translation>
            <numerusform>已连续%n个月未交纳党费：如无正当理由，即被认为自行脱党，应由支部党员大会讨论决定予以除名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 attended none of the %n meeting(s) of the branch from %2 to %3, not all with a recorded reason: six months without organisational life and without good reason is leaving the party of one&apos;s own accord, and the branch general meeting should decide on removal.</source>
        <translation>
            <numerusform>%1未参加支部 %2 至 %3 召开的%n次会议，且并非均有登记的缺席原因：连续六个月不参加党的组织生活又无正当理由，即被认为自行脱党，应由支部党员大会讨论决定予以除名。</numerusform>
        </translation>
    </message>
    <message>
        <source>The party records say %1 is %2; the household register says %3.</source>
        <translation>党员档案记载%1为%2，户籍登记的政治面貌却是%3。</translation>
    </message>
    <message>
        <source>The household register says %1 is %2, but there is no party record of them.</source>
        <translation>户籍登记%1的政治面貌是%2，但没有该人的党员档案。</translation>
    </message>
</context>
<context>
    <name>anju::party::PartyRules</name>
    <message>
        <source>%1 is %2: no further steps can be recorded.</source>
        <translation>%1当前为“%2”，不能再登记发展步骤。</translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation>请填写该步骤的日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期%1晚于今天。</translation>
    </message>
    <message>
        <source>The date is before the previous step of %1 (%2).</source>
        <translation>日期早于%1的上一步骤（%2）。</translation>
    </message>
    <message>
        <source>The probation of %1 was already extended once.</source>
        <translation>%1的预备期已经延长过一次。</translation>
    </message>
    <message>
        <source>Enter the extension in months (6 to 12).</source>
        <translation>请填写延长的月数（6至12个月）。</translation>
    </message>
    <message>
        <source>A new member&apos;s history starts with the application.</source>
        <translation>新登记人员的发展记录应从递交入党申请书开始。</translation>
    </message>
    <message>
        <source>%1 is %2: &quot;%3&quot; does not follow from that stage.</source>
        <translation>%1当前为“%2”，不能进行“%3”。</translation>
    </message>
    <message>
        <source>%1 is %2 years old on %3; the age of 18 is required.</source>
        <translation>%1在%3时年仅%2岁，须年满18周岁。</translation>
    </message>
    <message>
        <source>Two full members are needed as sponsors.</source>
        <translation>须有两名正式党员作入党介绍人。</translation>
    </message>
    <message>
        <source>The political review is not recorded.</source>
        <translation>尚未登记政治审查。</translation>
    </message>
    <message>
        <source>Training of at least 3 days or 24 class hours is not recorded.</source>
        <translation>尚未登记不少于3天或24学时的集中培训。</translation>
    </message>
    <message>
        <source>%1 has been an activist since %2: one year of cultivation ends on %3.</source>
        <translation>%1自%2起为入党积极分子，培养考察至%3方满一年。</translation>
    </message>
    <message numerus="yes">
        <source>A probation is extended by 6 to 12 months, not %n month(s).</source>
        <translation>
            <numerusform>预备期延长应为6至12个月，而不是%n个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>The probation ended on %1, before the extension.</source>
        <translation>预备期已于%1届满，早于延长决定。</translation>
    </message>
    <message>
        <source>A member leaves through a transfer of organisational relations.</source>
        <translation>党员离开须办理组织关系转接。</translation>
    </message>
    <message>
        <source>%1 is %2; a member who comes back is recorded by a transfer in.</source>
        <translation>%1当前为“%2”；党员返回须登记组织关系转入。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1已经是“%2”。</translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation>请填写变更日期。</translation>
    </message>
    <message>
        <source>The date is before the last change of state (%1).</source>
        <translation>日期早于上一次状态变更（%1）。</translation>
    </message>
    <message>
        <source>Enter the monthly pay after tax.</source>
        <translation>请填写每月税后工资收入。</translation>
    </message>
    <message>
        <source>Enter the monthly pension.</source>
        <translation>请填写每月离退休费。</translation>
    </message>
    <message>
        <source>A farmer pays between %1 and %2 yuan a month.</source>
        <translation>农民党员每月交纳%1元至%2元。</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>请填写党组织名称。</translation>
    </message>
    <message>
        <source>An organisation cannot be its own parent.</source>
        <translation>党组织不能以自己为上级。</translation>
    </message>
    <message>
        <source>Enter the founding date.</source>
        <translation>请填写成立日期。</translation>
    </message>
    <message>
        <source>The founding date is in the future.</source>
        <translation>成立日期晚于今天。</translation>
    </message>
    <message>
        <source>The organisation was dissolved before it was founded.</source>
        <translation>撤销日期早于成立日期。</translation>
    </message>
    <message>
        <source>A site is listed twice or is unknown.</source>
        <translation>覆盖的安置点有重复或不存在。</translation>
    </message>
    <message>
        <source>Choose the resident who is the member.</source>
        <translation>请选择对应的安置点居民。</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Choose the member&apos;s branch.</source>
        <translation>请选择所在党支部。</translation>
    </message>
    <message>
        <source>The two mentors must be two other members.</source>
        <translation>两名培养联系人须为本人以外的两名不同党员。</translation>
    </message>
    <message>
        <source>The two sponsors must be two other members.</source>
        <translation>两名入党介绍人须为本人以外的两名不同党员。</translation>
    </message>
    <message>
        <source>Enter the training as days and class hours.</source>
        <translation>请按天数和学时填写培训情况。</translation>
    </message>
    <message>
        <source>The political review date is in the future.</source>
        <translation>政治审查日期晚于今天。</translation>
    </message>
    <message>
        <source>Choose the branch that held the meeting.</source>
        <translation>请选择召开会议的党支部。</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>请填写会议日期。</translation>
    </message>
    <message>
        <source>Record a meeting once it has been held.</source>
        <translation>会议召开后再登记。</translation>
    </message>
    <message>
        <source>Enter the topic of the meeting.</source>
        <translation>请填写会议主题。</translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation>同一党员重复列出。</translation>
    </message>
    <message>
        <source>Give the reason for the absence.</source>
        <translation>请填写缺席原因。</translation>
    </message>
    <message>
        <source>Choose the month paid for.</source>
        <translation>请选择交纳月份。</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>请填写交纳金额。</translation>
    </message>
    <message>
        <source>Enter the day of payment (not in the future).</source>
        <translation>请填写交纳日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Enter the number of the letter of introduction.</source>
        <translation>请填写介绍信编号。</translation>
    </message>
    <message>
        <source>Enter the organisation the member moves to.</source>
        <translation>请填写转往的党组织。</translation>
    </message>
    <message>
        <source>Enter the organisation the member comes from.</source>
        <translation>请填写转出的原党组织。</translation>
    </message>
    <message>
        <source>Enter the date of the letter.</source>
        <translation>请填写介绍信日期。</translation>
    </message>
    <message>
        <source>The transfer is completed after the letter and not in the future.</source>
        <translation>办结日期应在介绍信日期之后，且不晚于今天。</translation>
    </message>
    <message>
        <source>Choose the branch the member joins.</source>
        <translation>请选择转入的党支部。</translation>
    </message>
    <message>
        <source>Choose the site.</source>
        <translation>请选择安置点。</translation>
    </message>
    <message>
        <source>Enter the name of the work team.</source>
        <translation>请填写工作队名称。</translation>
    </message>
    <message>
        <source>Enter the first secretary&apos;s name.</source>
        <translation>请填写第一书记姓名。</translation>
    </message>
    <message>
        <source>Enter the start of the service period.</source>
        <translation>请填写驻村开始日期。</translation>
    </message>
    <message>
        <source>The service period ends before it starts.</source>
        <translation>驻村结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A branch needs at least %1 full members; it has %2.</source>
        <translation>党支部至少需要%1名正式党员，现有%2名。</translation>
    </message>
    <message>
        <source>With %1 full members the branch needs a committee of %2 to %3; it has %4.</source>
        <translation>正式党员%1名的支部应设%2至%3人的支部委员会，现有支委%4名。</translation>
    </message>
    <message>
        <source>One or two full members are needed as mentors.</source>
        <translation>须有一至两名正式党员作培养联系人。</translation>
    </message>
    <message>
        <source>A branch generally has at most %1 members; with %2 (100 or more) it is a case for a party committee.</source>
        <translation>党支部党员人数一般不超过%1名；现有%2名（100名以上），应考虑成立党委。</translation>
    </message>
    <message>
        <source>A branch generally has at most %1 members; with %2 it is a case for a general party branch.</source>
        <translation>党支部党员人数一般不超过%1名；现有%2名，应考虑成立党总支。</translation>
    </message>
    <message>
        <source>Leaving the party is recorded with its decision and meeting.</source>
        <translation>出党须连同决定和作出决定的会议一并登记。</translation>
    </message>
    <message>
        <source>%1 has left the party; rejoining starts with a new application.</source>
        <translation>%1已出党；重新入党须重新递交入党申请。</translation>
    </message>
    <message>
        <source>Enter the name of the party group.</source>
        <translation>请填写党小组名称。</translation>
    </message>
    <message>
        <source>Choose the branch the party group belongs to.</source>
        <translation>请选择党小组所属的党支部。</translation>
    </message>
    <message>
        <source>A party group belongs to a party branch or joint party branch, not to a general branch or party committee.</source>
        <translation>党小组设在党支部或联合党支部之下，不设在党总支或党委之下。</translation>
    </message>
    <message>
        <source>The party group was dissolved before it was founded.</source>
        <translation>党小组的撤销日期早于成立日期。</translation>
    </message>
    <message>
        <source>The probation of %1 ends on %2: the branch general meeting that converts the member can be held on %2 at the earliest.</source>
        <translation>%1的预备期至%2期满：讨论其转正的支部党员大会最早只能在%2召开。</translation>
    </message>
</context>
<context>
    <name>anju::party::PartyService</name>
    <message>
        <source>The organisation does not exist.</source>
        <translation>该党组织不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this meeting meanwhile; close the form and open it again.</source>
        <translation>该会议记录已被他人修改，请关闭后重新打开。</translation>
    </message>
    <message>
        <source>The member is not on file.</source>
        <translation>系统中没有该党员。</translation>
    </message>
    <message>
        <source>Choose the months paid for.</source>
        <translation>请选择交纳的月份。</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>请填写交纳金额。</translation>
    </message>
    <message>
        <source>%1 was not yet a party member in %2.</source>
        <translation>%1在%2尚不是党员。</translation>
    </message>
    <message>
        <source>The dues of %1 are already paid.</source>
        <translation>%1的党费已交纳。</translation>
    </message>
    <message>
        <source>The transfer is not on file.</source>
        <translation>未找到该组织关系转接记录。</translation>
    </message>
    <message>
        <source>A completed transfer is kept as it is.</source>
        <translation>已办结的转接记录不能修改。</translation>
    </message>
    <message>
        <source>A transfer of %1 is still pending (letter %2).</source>
        <translation>%1还有一项组织关系转接未办结（介绍信%2）。</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1当前为“%2”。</translation>
    </message>
    <message>
        <source>The transfer was completed on %1.</source>
        <translation>该转接已于%1办结。</translation>
    </message>
    <message>
        <source>Enter the day the transfer was completed.</source>
        <translation>请填写办结日期。</translation>
    </message>
    <message>
        <source>The date is before the last change of state (%1).</source>
        <translation>日期早于上一次状态变更（%1）。</translation>
    </message>
    <message>
        <source>The site or the member is not on file.</source>
        <translation>安置点或党员不存在。</translation>
    </message>
    <message>
        <source>The parent organisation does not exist.</source>
        <translation>上级党组织不存在。</translation>
    </message>
    <message>
        <source>A party branch has no organisations under it.</source>
        <translation>党支部下不能再设党组织。</translation>
    </message>
    <message>
        <source>An organisation cannot be placed under its own branch.</source>
        <translation>党组织不能设在其下级组织之下。</translation>
    </message>
    <message>
        <source>A party committee can only be under another committee.</source>
        <translation>党委只能隶属于上级党委。</translation>
    </message>
    <message>
        <source>The secretary is not a member on file.</source>
        <translation>书记不在党员名册中。</translation>
    </message>
    <message>
        <source>Someone else changed this organisation meanwhile; close the form and open it again.</source>
        <translation>该党组织已被他人修改，请关闭后重新打开。</translation>
    </message>
    <message>
        <source>The resident is not on file.</source>
        <translation>未找到该居民。</translation>
    </message>
    <message>
        <source>%1 is already on file as a member; open that record instead.</source>
        <translation>%1已在党员名册中，请打开其原有记录。</translation>
    </message>
    <message>
        <source>The branch does not exist.</source>
        <translation>该党支部不存在。</translation>
    </message>
    <message>
        <source>Enter at least the first step: the application.</source>
        <translation>请至少登记第一步：递交入党申请书。</translation>
    </message>
    <message>
        <source>The first step must enter a stage.</source>
        <translation>第一步须为进入某一发展阶段。</translation>
    </message>
    <message>
        <source>Enter the date of the step (not in the future).</source>
        <translation>请填写该步骤日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Give the reason for setting these rules aside.</source>
        <translation>请填写不按上述规定办理的理由。</translation>
    </message>
    <message>
        <source>Whether the member is a resident, and which one, cannot change.</source>
        <translation>党员是否为安置点居民及对应的居民不能更改。</translation>
    </message>
    <message>
        <source>%1 is %2 and belongs to no branch here.</source>
        <translation>%1当前为“%2”，不属于本地任何支部。</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile; nothing was saved. Reload the record.</source>
        <translation>%1的记录已被他人修改，本次未保存，请重新加载。</translation>
    </message>
    <message>
        <source>Members sit in a branch or a joint branch, never directly in a %1 (%2).</source>
        <translation>党员编入党支部或联合党支部，不能直接编入%1（%2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Name the paper records the step is entered from.</source>
        <translation>请写明该步骤据以补录的档案。</translation>
    </message>
    <message>
        <source>The age of 18 and one year of cultivation have no exceptions; only a step entered from old paper records (据档案补录) may break them, with the records named.</source>
        <translation>年满18岁和培养一年以上的要求没有例外；只有据档案补录的步骤可以不符合，并须写明所据档案。</translation>
    </message>
    <message>
        <source>The party group is not on file.</source>
        <translation>系统中没有该党小组。</translation>
    </message>
    <message>
        <source>A party group cannot move to another branch.</source>
        <translation>党小组不能调到其他党支部。</translation>
    </message>
    <message>
        <source>%1 is not a member of the group&apos;s branch on %2: a member joins a group of their own branch.</source>
        <translation>%1 在 %2 不是该党小组所在支部的党员：党员只能编入本支部的党小组。</translation>
    </message>
    <message>
        <source>Someone else changed this party group meanwhile; close the form and open it again.</source>
        <translation>他人已同时修改了该党小组，请关闭表单后重新打开。</translation>
    </message>
    <message>
        <source>Enter the day the member joins the group.</source>
        <translation>请填写编入党小组的日期。</translation>
    </message>
    <message>
        <source>The day is in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>The party group %1 does not exist on %2.</source>
        <translation>党小组“%1”在 %2 尚未成立或已撤销。</translation>
    </message>
    <message>
        <source>The party group %1 is not in the member&apos;s branch on %2: a member joins a group of their own branch.</source>
        <translation>党小组“%1”在 %2 不属于该党员所在支部：党员只能编入本支部的党小组。</translation>
    </message>
    <message>
        <source>%1 names no village or community: enter it on the site first.</source>
        <translation>%1 未填写所在村（社区）：请先在安置点信息中填写。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>anju::party::PartyWrites</name>
    <message>
        <source>The party record was not saved: %1</source>
        <translation>党建记录未能保存：%1</translation>
    </message>
</context>
<context>
    <name>anju::party::PoliticalStatusSync</name>
    <message>
        <source>The member is not on file.</source>
        <translation>没有这名党员的档案。</translation>
    </message>
    <message>
        <source>An outside cadre has no entry in the household register.</source>
        <translation>外来干部不在户籍登记中。</translation>
    </message>
    <message>
        <source>%1 is %2: the party records say nothing of their status now.</source>
        <translation>%1的状态为%2：党员档案不能说明其现在的政治面貌。</translation>
    </message>
    <message>
        <source>%1 is %2, not yet a party member: correct the status in the household form (群众 or 共青团员).</source>
        <translation>%1目前是%2，还不是党员：请在住户登记表中更正其政治面貌（群众或共青团员）。</translation>
    </message>
    <message>
        <source>The household register already says %1 is %2.</source>
        <translation>户籍登记中%1的政治面貌已经是%2。</translation>
    </message>
    <message>
        <source>No person has the number %1.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>%1 has no party record to set the register from: the party records need the member entered first.</source>
        <translation>%1 没有党员档案，无法据此设置户籍登记：须先在党员档案中录入该党员。</translation>
    </message>
    <message>
        <source>%1 has no party record and the register says %2: they agree.</source>
        <translation>%1 没有党员档案，户籍登记为%2：两者一致。</translation>
    </message>
    <message>
        <source>The register says %1 is %2, and there is no party record. A register entry has no dates: enter %1 as a member on the 党建 page or in the branch&apos;s roster, with the date of each step from their file (申请入党, 积极分子, 发展对象, 接收预备党员, 转正). If the register is wrong, correct 政治面貌 in the household form.</source>
        <translation>户籍登记 %1 为%2，但没有党员档案。户籍登记没有日期：请在党建页或支部花名册中录入 %1，并按其档案填写各步骤的日期（申请入党、积极分子、发展对象、接收预备党员、转正）。如户籍登记有误，请在住户表单中更正政治面貌。</translation>
    </message>
    <message>
        <source>%1 is %2 in the party records and %3 in the register: they agree.</source>
        <translation>%1 在党员档案中为%2，户籍登记为%3：两者一致。</translation>
    </message>
    <message>
        <source>%1 is %2 in the party records, but the register says %3. If %1 came back, record the transfer in (组织关系转入) with its letter; otherwise correct 政治面貌 in the household form.</source>
        <translation>%1 在党员档案中为%2，但户籍登记为%3。如 %1 已回来，请凭介绍信登记组织关系转入；否则请在住户表单中更正政治面貌。</translation>
    </message>
    <message>
        <source>The party records have %1 as %2 since %3; the register says %4. If %1 left the party, record the leaving with the branch&apos;s decision (party leave); a register entry alone does not end a membership.</source>
        <translation>党员档案中 %1 自 %3 起为%2；户籍登记为%4。如 %1 已出党，请凭支部的决定登记出党（party leave）；仅凭户籍登记不能终止党籍。</translation>
    </message>
    <message>
        <source>The party records have %1 as a probationary member; the probation ends on %2. Record the conversion (转正) with the day of the branch meeting that decided it, on or after %2; 党龄 counts from %2.</source>
        <translation>党员档案中 %1 为预备党员，预备期于 %2 期满。请按支部大会讨论决定的日期（%2 或之后）登记转正；党龄自 %2 起算。</translation>
    </message>
    <message>
        <source>The party records have %1 as %2 since %3. Record the steps that followed (发展对象, 接收预备党员, 转正) with their dates from the member&apos;s file.</source>
        <translation>党员档案中 %1 自 %3 起为%2。请按其档案登记此后各步骤（发展对象、接收预备党员、转正）及日期。</translation>
    </message>
    <message>
        <source>The party records have %1 as a full member (converted; 党龄 from %2). A recorded conversion is not undone from the register: if the register is behind, set it from the party record instead.</source>
        <translation>党员档案中 %1 为正式党员（已转正；党龄自 %2 起算）。已登记的转正不能依户籍登记撤销：如户籍登记滞后，请改为按党员档案设置户籍登记。</translation>
    </message>
    <message>
        <source>The party records have %1 as %2 since %3. Record the admission (接收预备党员) with the day of the branch general meeting that admitted them, from the member&apos;s file.</source>
        <translation>党员档案中 %1 自 %3 起为%2。请按其档案，以支部党员大会讨论接收的日期登记接收预备党员。</translation>
    </message>
</context>
<context>
    <name>anju::registry::HouseholdRules</name>
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
    <name>anju::registry::IdentitySearch</name>
    <message>
        <source>The search could not be written to the audit trail: %1</source>
        <translation>无法将此次查询记入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>anju::registry::PersonWriter</name>
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
    <message>
        <source>Someone else changed household %1 at %2, after you opened it; nothing was saved. Reload it to see their changes.</source>
        <translation>您打开搬迁户 %1 后，其他用户于 %2 修改了该户；本次未保存任何内容。请重新载入查看其修改。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the disk and save again.</source>
        <translation>磁盘已满，未保存任何内容。请清理磁盘空间后重新保存。</translation>
    </message>
</context>
<context>
    <name>anju::registry::RegistryService</name>
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
    <name>anju::registry::SiteRules</name>
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
    <name>anju::registry::SiteService</name>
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
    <name>anju::report::EmploymentSection</name>
    <message>
        <source>Employment rate = employed ÷ labour force, at the month&apos;s last day. Labour force: people on file that day (active, or moved away or died after it) aged %1 to %2 in whole years, with ordinary, skilled or weak labour capacity. Employed: of them, those with at least one job holding that day (begun on or before it and not ended by it); a person with two jobs counts once. People employed by channel count everyone on file holding a job of the channel, of any age; a person in two channels counts in each.</source>
        <translation>就业率 = 已就业人数 ÷ 劳动力人数，按当月最后一天计算。劳动力：当天在册（在住，或在当天之后迁出、去世）、按周岁计年龄在 %1 至 %2 岁之间、劳动能力为普通劳动力、技能劳动力或弱劳动力的人员。已就业：其中当天至少有一条有效就业（在当天或之前开始、当天尚未结束）的人员；一人有两条就业只计一次。按渠道统计的就业人数包括当天在册、有该渠道有效就业的所有人员，不限年龄；一人在两个渠道就业的，在每个渠道各计一次。</translation>
    </message>
    <message>
        <source>The employment figures could not be computed: %1</source>
        <translation>就业指标无法计算：%1</translation>
    </message>
    <message>
        <source>Labour force at the month&apos;s end</source>
        <translation>月末劳动力人数</translation>
    </message>
    <message>
        <source>Of them employed</source>
        <translation>其中已就业人数</translation>
    </message>
    <message>
        <source>Employment rate</source>
        <translation>就业率</translation>
    </message>
    <message>
        <source>People employed: %1</source>
        <translation>就业人数：%1</translation>
    </message>
    <message>
        <source>People employed (each once)</source>
        <translation>就业人数合计（每人只计一次）</translation>
    </message>
    <message>
        <source>Jobs begun this month</source>
        <translation>本月新增就业数</translation>
    </message>
    <message>
        <source>Jobs ended this month</source>
        <translation>本月结束就业数</translation>
    </message>
    <message>
        <source>People paid for the month: %1</source>
        <translation>本月补贴发放人数：%1</translation>
    </message>
    <message>
        <source>Paid for the month: %1 (yuan)</source>
        <translation>本月补贴发放金额：%1（元）</translation>
    </message>
    <message>
        <source>People paid any support for the month</source>
        <translation>本月补贴发放人数合计</translation>
    </message>
    <message>
        <source>Support paid for the month (yuan)</source>
        <translation>本月补贴发放金额合计（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业情况</translation>
    </message>
</context>
<context>
    <name>anju::report::GridsSection</name>
    <message>
        <source>Grid management</source>
        <translation>网格化管理</translation>
    </message>
    <message>
        <source>The grid figures could not be computed: %1</source>
        <translation>网格数据无法计算：%1</translation>
    </message>
    <message>
        <source>Grids at the month&apos;s end</source>
        <translation>月末网格数</translation>
    </message>
    <message>
        <source>Grid leaders serving</source>
        <translation>在岗网格长</translation>
    </message>
    <message>
        <source>Grid workers serving</source>
        <translation>在岗网格员</translation>
    </message>
    <message>
        <source>Building leaders serving</source>
        <translation>在岗楼栋长</translation>
    </message>
    <message>
        <source>Unit leaders serving</source>
        <translation>在岗单元长</translation>
    </message>
    <message>
        <source>Party member households serving</source>
        <translation>在岗党员中心户</translation>
    </message>
    <message>
        <source>Active households in a grid</source>
        <translation>已入网格的在册户数</translation>
    </message>
    <message>
        <source>Active households in no grid</source>
        <translation>未入网格的在册户数</translation>
    </message>
    <message>
        <source>Active households paired with a cadre</source>
        <translation>已结对帮扶的在册户数</translation>
    </message>
    <message>
        <source>Share of active households paired (%)</source>
        <translation>结对帮扶覆盖率（%）</translation>
    </message>
    <message>
        <source>Must-visit tasks due in the month</source>
        <translation>本月应走访（四必访）</translation>
    </message>
    <message>
        <source>Of them visited within their window</source>
        <translation>其中按期走访</translation>
    </message>
    <message>
        <source>Of them visited late, by the month&apos;s end</source>
        <translation>其中逾期后于月内补访</translation>
    </message>
    <message>
        <source>Of them not visited by the month&apos;s end</source>
        <translation>其中月末仍未走访</translation>
    </message>
    <message>
        <source>Must-attend tasks raised in the month</source>
        <translation>本月新发三必到任务</translation>
    </message>
    <message>
        <source>Must-attend tasks due in the month</source>
        <translation>本月到期三必到任务</translation>
    </message>
    <message>
        <source>Of them attended within their days</source>
        <translation>其中按期到场</translation>
    </message>
    <message>
        <source>Of them attended late, by the month&apos;s end</source>
        <translation>其中逾期后于月内到场</translation>
    </message>
    <message>
        <source>Of them not attended by the month&apos;s end</source>
        <translation>其中月末仍未到场</translation>
    </message>
    <message>
        <source>Cases received in the month</source>
        <translation>本月受理网格事件</translation>
    </message>
    <message>
        <source>Cases resolved in the month</source>
        <translation>本月办结网格事件</translation>
    </message>
    <message>
        <source>Cases open past their deadline at the month&apos;s end</source>
        <translation>月末超期未办结事件</translation>
    </message>
    <message>
        <source>Cases escalated in the month</source>
        <translation>本月上报升级事件</translation>
    </message>
    <message>
        <source>Cases referred to a department in the month</source>
        <translation>本月转交部门事件</translation>
    </message>
    <message>
        <source>%1: received</source>
        <translation>%1：受理</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1：办结</translation>
    </message>
    <message>
        <source>%1: overdue at the month&apos;s end</source>
        <translation>%1：月末超期</translation>
    </message>
    <message>
        <source>%1: escalated</source>
        <translation>%1：升级</translation>
    </message>
    <message>
        <source>%1: referred</source>
        <translation>%1：转交</translation>
    </message>
</context>
<context>
    <name>anju::report::HouseholdSizeSection</name>
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
    <name>anju::report::IncomeSection</name>
    <message>
        <source>The income check figures could not be computed: %1</source>
        <translation>收支核查指标无法计算：%1</translation>
    </message>
    <message>
        <source>Active households at the month&apos;s end</source>
        <translation>月末在册户数</translation>
    </message>
    <message>
        <source>Of them checked this month</source>
        <translation>其中本月已核查户数</translation>
    </message>
    <message>
        <source>Of them not checked this month</source>
        <translation>其中本月未核查户数</translation>
    </message>
    <message>
        <source>Checked households below the monitoring line</source>
        <translation>已核查户中低于监测标准户数</translation>
    </message>
    <message>
        <source>Checked households whose income dropped</source>
        <translation>已核查户中收入骤减户数</translation>
    </message>
    <message>
        <source>Checked households with a large expense</source>
        <translation>已核查户中大额支出户数</translation>
    </message>
    <message>
        <source>Checked households flagged (any flag)</source>
        <translation>已核查户中预警户数（任一预警）</translation>
    </message>
    <message>
        <source>Per-capita net income below the line</source>
        <translation>人均纯收入低于监测标准</translation>
    </message>
    <message>
        <source>Per-capita net income from the line to 1.5 times it</source>
        <translation>人均纯收入为监测标准的1至1.5倍</translation>
    </message>
    <message>
        <source>Per-capita net income from 1.5 to 2 times the line</source>
        <translation>人均纯收入为监测标准的1.5至2倍</translation>
    </message>
    <message>
        <source>Per-capita net income of 2 times the line or more</source>
        <translation>人均纯收入达监测标准2倍及以上</translation>
    </message>
    <message>
        <source>Monitoring line of the month&apos;s year (yuan per person per year)</source>
        <translation>当年监测标准（元/人·年）</translation>
    </message>
    <message>
        <source>Monitoring line</source>
        <translation>监测标准</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Monthly income check</source>
        <translation>收支核查</translation>
    </message>
</context>
<context>
    <name>anju::report::IndustrySection</name>
    <message>
        <source>The industry figures could not be computed: %1</source>
        <translation>产业帮扶指标无法计算：%1</translation>
    </message>
    <message>
        <source>Projects at the month&apos;s end: %1</source>
        <translation>月末产业项目数：%1</translation>
    </message>
    <message>
        <source>Projects at the month&apos;s end</source>
        <translation>月末产业项目数合计</translation>
    </message>
    <message>
        <source>Households benefiting this year: %1</source>
        <translation>本年受益户数：%1</translation>
    </message>
    <message>
        <source>People benefiting this year: %1</source>
        <translation>本年受益人数：%1</translation>
    </message>
    <message>
        <source>Households benefiting this year</source>
        <translation>本年受益户数合计</translation>
    </message>
    <message>
        <source>People benefiting this year</source>
        <translation>本年受益人数合计</translation>
    </message>
    <message>
        <source>Industry support</source>
        <translation>产业帮扶</translation>
    </message>
</context>
<context>
    <name>anju::report::MonitoringSection</name>
    <message>
        <source>Monitored at the month&apos;s end: unstable out of poverty</source>
        <translation>月末监测户：脱贫不稳定户</translation>
    </message>
    <message>
        <source>Monitored at the month&apos;s end: marginal, at risk of poverty</source>
        <translation>月末监测户：边缘易致贫户</translation>
    </message>
    <message>
        <source>Monitored at the month&apos;s end: sudden severe hardship</source>
        <translation>月末监测户：突发严重困难户</translation>
    </message>
    <message>
        <source>The monitoring figures could not be computed: %1</source>
        <translation>监测帮扶指标无法计算：%1</translation>
    </message>
    <message>
        <source>Households monitored at the month&apos;s end</source>
        <translation>月末监测户合计</translation>
    </message>
    <message>
        <source>Taken into monitoring in the month</source>
        <translation>本月新纳入监测户数</translation>
    </message>
    <message>
        <source>Risk eliminated in the month</source>
        <translation>本月风险消除户数</translation>
    </message>
    <message>
        <source>In entry review at the month&apos;s end</source>
        <translation>月末纳入审核中户数</translation>
    </message>
    <message>
        <source>Reviewed and declined in the month</source>
        <translation>本月审核未纳入户数</translation>
    </message>
    <message>
        <source>In the safety net at the month&apos;s end: %1 (people)</source>
        <translation>月末兜底保障人数：%1</translation>
    </message>
    <message>
        <source>People in the safety net at the month&apos;s end</source>
        <translation>月末兜底保障人数合计</translation>
    </message>
    <message>
        <source>Monthly amounts at the month&apos;s end: %1 (yuan)</source>
        <translation>月末按月发放金额：%1（元）</translation>
    </message>
    <message>
        <source>Monthly safety-net amounts at the month&apos;s end (yuan)</source>
        <translation>月末按月发放金额合计（元）</translation>
    </message>
    <message>
        <source>People paid a one-off amount in the month</source>
        <translation>本月一次性救助人数</translation>
    </message>
    <message>
        <source>One-off amounts paid in the month (yuan)</source>
        <translation>本月一次性救助金额（元）</translation>
    </message>
    <message>
        <source>Monitoring households and the safety net</source>
        <translation>监测帮扶与兜底保障</translation>
    </message>
</context>
<context>
    <name>anju::report::MonthlySummaryBuilder</name>
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
    <name>anju::report::PartySection</name>
    <message>
        <source>The party figures could not be computed: %1</source>
        <translation>党建数据无法统计：%1</translation>
    </message>
    <message>
        <source>Party organisations</source>
        <translation>党组织数</translation>
    </message>
    <message>
        <source>Of them party branches (joint branches included)</source>
        <translation>其中：党支部数（含联合党支部）</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Development targets</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <source>Activists</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>Of all these, mobile</source>
        <translation>以上人员中流动在外的</translation>
    </message>
    <message>
        <source>Applications handed in during the month</source>
        <translation>递交入党申请书人数</translation>
    </message>
    <message>
        <source>New activists</source>
        <translation>确定为入党积极分子人数</translation>
    </message>
    <message>
        <source>New development targets</source>
        <translation>确定为发展对象人数</translation>
    </message>
    <message>
        <source>Admitted as probationary members</source>
        <translation>发展党员数（接收为预备党员）</translation>
    </message>
    <message>
        <source>Converted to full members</source>
        <translation>预备党员转正人数</translation>
    </message>
    <message>
        <source>Organisational relations transferred in</source>
        <translation>转入组织关系人数</translation>
    </message>
    <message>
        <source>Organisational relations transferred out</source>
        <translation>转出组织关系人数</translation>
    </message>
    <message>
        <source>Members owing dues for the month</source>
        <translation>应交党费党员数</translation>
    </message>
    <message>
        <source>Of them paid by the month&apos;s end</source>
        <translation>其中：月底前已交人数</translation>
    </message>
    <message>
        <source>Dues due for the month (yuan)</source>
        <translation>应交党费（元）</translation>
    </message>
    <message>
        <source>Dues for the month paid by its end (yuan)</source>
        <translation>当月党费月底前实交（元）</translation>
    </message>
    <message>
        <source>Dues received during the month, arrears included (yuan)</source>
        <translation>收缴党费（含补交，元）</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>召开会议次数</translation>
    </message>
    <message>
        <source>Meetings due in periods ending this month</source>
        <translation>届满周期应开会议项数</translation>
    </message>
    <message>
        <source>Of them held in their period</source>
        <translation>其中：按期召开项数</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>党建</translation>
    </message>
</context>
<context>
    <name>anju::report::PeopleStructureSection</name>
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
    <name>anju::report::PopulationSection</name>
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
    <name>anju::report::PopulationTrend</name>
    <message>
        <source>No figures.</source>
        <translation>没有数据。</translation>
    </message>
</context>
<context>
    <name>anju::report::ReportContext</name>
    <message>
        <source>The summary could not be computed: %1</source>
        <translation>无法计算汇总数据：%1</translation>
    </message>
</context>
<context>
    <name>anju::report::ReportingUnit</name>
    <message>
        <source>The reporting unit has at most %1 characters (now %2).</source>
        <translation>填报单位最多 %1 个字（现为 %2 个）。</translation>
    </message>
    <message>
        <source>The reporting unit could not be saved: %1</source>
        <translation>填报单位未能保存：%1</translation>
    </message>
</context>
<context>
    <name>anju::report::SectionWorkers</name>
    <message>
        <source>The summary was cancelled.</source>
        <translation>汇总已取消。</translation>
    </message>
    <message>
        <source>The summary could not be computed: a section was not reached.</source>
        <translation>无法生成汇总：有一部分未能计算。</translation>
    </message>
</context>
<context>
    <name>anju::report::SiteRulesSection</name>
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
    <name>anju::report::SummaryWords</name>
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
    <name>anju::report::SummaryXlsxWriter</name>
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
    <name>anju::report::TrainingSection</name>
    <message>
        <source>The training figures could not be computed: %1</source>
        <translation>技能培训指标无法计算：%1</translation>
    </message>
    <message>
        <source>Courses ending this month</source>
        <translation>本月结业培训班数</translation>
    </message>
    <message>
        <source>Person-times trained this month</source>
        <translation>本月培训人次</translation>
    </message>
    <message>
        <source>Person-times trained this year</source>
        <translation>本年累计培训人次</translation>
    </message>
    <message>
        <source>Certificates earned this month</source>
        <translation>本月取得证书数</translation>
    </message>
    <message>
        <source>Certificates earned this year</source>
        <translation>本年累计取得证书数</translation>
    </message>
    <message>
        <source>Skills training</source>
        <translation>技能培训</translation>
    </message>
</context>
<context>
    <name>anju::settings::OfficeSettingEdit</name>
    <message>
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting that can be changed here.</source>
        <translation>“%1”不是可以在这里修改的设置项。</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>请填 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>Enter every how many months (1 to 12) or days (1 to 366), such as 1m or 14d.</source>
        <translation>请填每几个月（1 到 12）或每几天（1 到 366），例如 1m 或 14d。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan above 0 with at most two decimals, such as 6000 or 7500.50.</source>
        <translation>请填大于 0 的金额（元），最多两位小数，例如 6000 或 7500.50。</translation>
    </message>
    <message>
        <source>Choose at least one kind of difficult family.</source>
        <translation>请至少选择一种困难家庭来源。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source of difficult families this program knows.</source>
        <translation>“%1”不是本程序认识的困难家庭来源。</translation>
    </message>
    <message>
        <source>Choose at least one safety-net scheme.</source>
        <translation>请至少选择一种保障。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this office&apos;s safety-net schemes.</source>
        <translation>“%1”不是本单位的兜底保障种类。</translation>
    </message>
    <message>
        <source>Enter calendar or working.</source>
        <translation>请填 calendar（自然日）或 working（工作日）。</translation>
    </message>
    <message>
        <source>Enter a text: it cannot be empty.</source>
        <translation>请填写内容，不能为空。</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>最多 %1 个字（现在 %2 个）。</translation>
    </message>
    <message>
        <source>Changing it recounts the kept sums of every income check in the database, so past checks may gain or lose their drop flag. At a large office this takes from seconds to minutes.</source>
        <translation>修改后，库里所有收支核查的比较数会重新计算，以前月份的“收入骤降”标记可能随之增加或消失。核查多的单位需要几秒到几分钟。</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
    </message>
    <message>
        <source>A monitoring line&apos;s year is from %1 to %2.</source>
        <translation>监测标准的年份须在 %1 到 %2 之间。</translation>
    </message>
</context>
<context>
    <name>anju::settings::OfficeSettings</name>
    <message>
        <source>this office&apos;s database</source>
        <translation>本单位数据库</translation>
    </message>
    <message>
        <source>default (the stored &quot;%1&quot; cannot be read)</source>
        <translation>默认值（库中所存“%1”无法识别）</translation>
    </message>
    <message>
        <source>default (not set in the database)</source>
        <translation>默认值（未设置）</translation>
    </message>
    <message>
        <source>Dues of employed members (monthly pay up to yuan : percent)</source>
        <translation>在职党员党费（月收入不超过（元）：比例%）</translation>
    </message>
    <message>
        <source>Dues of retired members (monthly pension up to yuan : percent)</source>
        <translation>离退休党员党费（月养老金不超过（元）：比例%）</translation>
    </message>
    <message>
        <source>Dues of farmers (yuan a month, from-to)</source>
        <translation>农民党员党费（每月元，下限-上限）</translation>
    </message>
    <message>
        <source>Dues of students, the unemployed and 低保 recipients (yuan a month)</source>
        <translation>学生、无业及低保党员党费（每月元）</translation>
    </message>
    <message>
        <source>Full members a branch needs at least</source>
        <translation>成立党支部至少需要的正式党员数</translation>
    </message>
    <message>
        <source>Members a branch generally holds at most</source>
        <translation>党支部党员人数一般不超过</translation>
    </message>
    <message>
        <source>Full members from which a branch elects a committee</source>
        <translation>正式党员达到此数须设支部委员会</translation>
    </message>
    <message>
        <source>Branch committee: members at least</source>
        <translation>支部委员会委员至少</translation>
    </message>
    <message>
        <source>Branch committee: members at most</source>
        <translation>支部委员会委员至多</translation>
    </message>
    <message>
        <source>Days a transfer letter stays valid</source>
        <translation>组织关系介绍信有效天数</translation>
    </message>
    <message>
        <source>Months without dues that are serious arrears</source>
        <translation>连续未交党费达此月数为严重欠缴</translation>
    </message>
    <message>
        <source>Residents from which a site forms its own branch</source>
        <translation>安置点居民达到此数单独成立党支部</translation>
    </message>
    <message>
        <source>Full members a site needs for its own branch</source>
        <translation>安置点单独成立党支部须有正式党员数</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>无法读取设置：%1</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>党建</translation>
    </message>
    <message>
        <source>Site rules</source>
        <translation>安置点建设规范</translation>
    </message>
    <message>
        <source>Residents from which a site needs a one-stop service centre</source>
        <translation>安置点居民达到此数须建一站式服务中心</translation>
    </message>
    <message>
        <source>Households from which a centralized site must meet 五通三化</source>
        <translation>集中安置点达到此户数须达到“五通三化”</translation>
    </message>
    <message>
        <source>Micro vegetable garden per household, m² at least</source>
        <translation>每户微菜园面积不少于（平方米）</translation>
    </message>
    <message>
        <source>No finding uses it yet.</source>
        <translation>目前尚无检查项使用此设置。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Daily backups kept, days</source>
        <translation>每日备份保留天数</translation>
    </message>
    <message>
        <source>Month-end backups kept, months</source>
        <translation>月末备份保留月数</translation>
    </message>
    <message>
        <source>Only for a database file on this computer.</source>
        <translation>仅适用于本机数据库文件。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Reporting unit printed on the monthly summary</source>
        <translation>月度汇总上印的填报单位</translation>
    </message>
    <message>
        <source>Set on the Reports page; empty: the site&apos;s name.</source>
        <translation>在“报表”页填写；不填时用安置点名称。</translation>
    </message>
    <message>
        <source>Months between meetings: %1 (0: not expected)</source>
        <translation>会议间隔月数：%1（0 表示不要求）</translation>
    </message>
    <message>
        <source>every %1 month(s)</source>
        <translation>每 %1 个月</translation>
    </message>
    <message>
        <source>every %1 day(s)</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Grids and visits</source>
        <translation>网格走访</translation>
    </message>
    <message>
        <source>Regular visits (四必访): %1</source>
        <translation>四必访走访周期：%1</translation>
    </message>
    <message>
        <source>Days to go after it happened (三必到): %1</source>
        <translation>三必到到场期限（天）：%1</translation>
    </message>
    <message>
        <source>0: the same day.</source>
        <translation>0 表示当天。</translation>
    </message>
    <message>
        <source>Days to resolve a case: %1</source>
        <translation>事件办理期限（天）：%1</translation>
    </message>
    <message>
        <source>Days without contact after which a paired household is a finding</source>
        <translation>结对户超过此天数未联系列为问题</translation>
    </message>
    <message>
        <source>Days after its deadline a late case goes to the grid leader</source>
        <translation>事件逾期后经过此天数上报网格长</translation>
    </message>
    <message>
        <source>Days after that it goes to the person in charge</source>
        <translation>再经过此天数上报负责人</translation>
    </message>
    <message>
        <source>Difficult families visited regularly (四必访)</source>
        <translation>四必访的困难家庭</translation>
    </message>
    <message>
        <source>Stored as a comma list of: mark (marked by hand), monitoring (监测户), safety_net (兜底保障户), care:&lt;care category&gt;.</source>
        <translation>以英文逗号分隔存储：mark（手工标记）、monitoring（监测户）、safety_net（兜底保障户）、care:&lt;关爱类别&gt;。</translation>
    </message>
    <message>
        <source>Income monitoring</source>
        <translation>收入监测</translation>
    </message>
    <message>
        <source>Monitoring line %1, yuan per person per year</source>
        <translation>%1 年监测标准（元/人·年）</translation>
    </message>
    <message>
        <source>A year without a line of its own is judged by the latest earlier year&apos;s.</source>
        <translation>没有单独设置标准的年份，沿用此前最近一年的标准。</translation>
    </message>
    <message>
        <source>Where the %1 line comes from</source>
        <translation>%1 年监测标准的出处</translation>
    </message>
    <message>
        <source>A fall of income above this percent is a drop</source>
        <translation>收入减少超过此百分比即为收入骤降</translation>
    </message>
    <message>
        <source>Checked months a drop is compared with</source>
        <translation>收入骤降比较的已核查月数</translation>
    </message>
    <message>
        <source>Large expenditure of one kind in one month, yuan above</source>
        <translation>单月单项支出超过此金额（元）为大额支出</translation>
    </message>
    <message>
        <source>Days of the public notice (公示)</source>
        <translation>公示天数</translation>
    </message>
    <message>
        <source>The public notice counts</source>
        <translation>公示天数的计算方式</translation>
    </message>
    <message>
        <source>Days a monitoring step may take: %1</source>
        <translation>监测环节办理期限（天）：%1</translation>
    </message>
    <message>
        <source>Safety-net schemes that cover a person (应兜尽兜)</source>
        <translation>应兜尽兜所算的保障种类</translation>
    </message>
    <message>
        <source>Printed name of the safety-net scheme &quot;%1&quot;</source>
        <translation>保障种类“%1”的名称</translation>
    </message>
</context>
<context>
    <name>anju::work::EmploymentRepository</name>
    <message>
        <source>The jobs could not be counted: %1</source>
        <translation>无法统计就业记录：%1</translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation>无法读取就业记录：%1</translation>
    </message>
    <message>
        <source>The person is not on file.</source>
        <translation>查无此人。</translation>
    </message>
    <message>
        <source>The workshops could not be read: %1</source>
        <translation>无法读取帮扶车间：%1</translation>
    </message>
    <message>
        <source>The posts could not be read: %1</source>
        <translation>无法读取公益岗位：%1</translation>
    </message>
    <message>
        <source>The posts&apos; holders could not be read: %1</source>
        <translation>无法读取公益岗位的在岗人员：%1</translation>
    </message>
    <message>
        <source>The labour brokers could not be read: %1</source>
        <translation>无法读取劳务经纪人：%1</translation>
    </message>
    <message>
        <source>The transport batches could not be read: %1</source>
        <translation>无法读取点对点输送批次：%1</translation>
    </message>
    <message>
        <source>The batches&apos; people could not be read: %1</source>
        <translation>无法读取输送批次的人员：%1</translation>
    </message>
    <message>
        <source>The wishes could not be read: %1</source>
        <translation>无法读取意愿：%1</translation>
    </message>
    <message>
        <source>The absence reasons could not be read: %1</source>
        <translation>无法读取未就业原因：%1</translation>
    </message>
</context>
<context>
    <name>anju::work::EmploymentRules</name>
    <message>
        <source>Choose a person on file.</source>
        <translation>请选择在册人员。</translation>
    </message>
    <message>
        <source>%1 died on %2.</source>
        <translation>%1 已于 %2 去世。</translation>
    </message>
    <message>
        <source>%1 moved away on %2.</source>
        <translation>%1 已于 %2 迁出。</translation>
    </message>
    <message>
        <source>Enter the day the job began.</source>
        <translation>请填写就业开始日期。</translation>
    </message>
    <message>
        <source>The job begins on %1, more than %2 days ahead; record it nearer the day.</source>
        <translation>就业开始日期 %1 距今超过 %2 天，请临近时再登记。</translation>
    </message>
    <message>
        <source>%1 is under %2 on %3; no job is recorded for a child.</source>
        <translation>%1 在 %3 未满 %2 周岁，不登记未成年人就业。</translation>
    </message>
    <message>
        <source>The job must end after the day it began (%1).</source>
        <translation>就业结束日期须晚于开始日期（%1）。</translation>
    </message>
    <message>
        <source>The monthly income cannot be below 0.</source>
        <translation>月收入不能小于 0。</translation>
    </message>
    <message>
        <source>Only labour export names a labour broker.</source>
        <translation>只有劳务输出才填写劳务经纪人。</translation>
    </message>
    <message>
        <source>Only labour export names a transport batch.</source>
        <translation>只有劳务输出才填写点对点输送批次。</translation>
    </message>
    <message>
        <source>Only a job in a workshop names a workshop.</source>
        <translation>只有在帮扶车间就业才填写帮扶车间。</translation>
    </message>
    <message>
        <source>Only a public-welfare post job names a post.</source>
        <translation>只有公益岗位就业才填写公益岗位。</translation>
    </message>
    <message>
        <source>Enter the province the person went to work in.</source>
        <translation>请填写务工所在省份。</translation>
    </message>
    <message>
        <source>Choose the workshop.</source>
        <translation>请选择帮扶车间。</translation>
    </message>
    <message>
        <source>Choose the public-welfare post.</source>
        <translation>请选择公益岗位。</translation>
    </message>
    <message>
        <source>Enter the work-for-relief project.</source>
        <translation>请填写以工代赈项目。</translation>
    </message>
    <message>
        <source>Enter the industrial park or scenic area.</source>
        <translation>请填写园区或景区。</translation>
    </message>
    <message>
        <source>The workshop is not on file.</source>
        <translation>查无此帮扶车间。</translation>
    </message>
    <message>
        <source>The workshop %1 is at another site than %2&apos;s household.</source>
        <translation>帮扶车间 %1 与%2所在户不在同一安置点。</translation>
    </message>
    <message>
        <source>The workshop %1 is not open on %2.</source>
        <translation>帮扶车间 %1 在 %2 不在开办期内。</translation>
    </message>
    <message>
        <source>The post is not on file.</source>
        <translation>查无此公益岗位。</translation>
    </message>
    <message>
        <source>The post %1 is at another site than %2&apos;s household.</source>
        <translation>公益岗位 %1 与%2所在户不在同一安置点。</translation>
    </message>
    <message>
        <source>The post %1 is not open on %2.</source>
        <translation>公益岗位 %1 在 %2 不在设岗期内。</translation>
    </message>
    <message>
        <source>The post %1 takes %2 people and %3 already hold it then.</source>
        <translation>公益岗位 %1 限 %2 人，届时已有 %3 人在岗。</translation>
    </message>
    <message>
        <source>The labour broker is not on file.</source>
        <translation>查无此劳务经纪人。</translation>
    </message>
    <message>
        <source>The labour broker %1 serves another site than %2&apos;s household.</source>
        <translation>劳务经纪人 %1 服务的安置点与%2所在户不同。</translation>
    </message>
    <message>
        <source>The labour broker %1 does not work for the office on %2.</source>
        <translation>劳务经纪人 %1 在 %2 未为本单位服务。</translation>
    </message>
    <message>
        <source>The transport batch is not on file.</source>
        <translation>查无此输送批次。</translation>
    </message>
    <message>
        <source>The transport batch left from another site than %1&apos;s.</source>
        <translation>该输送批次不是从%1所在的安置点发车的。</translation>
    </message>
    <message>
        <source>The job cannot begin before the transport batch left on %1.</source>
        <translation>就业开始日期不能早于输送批次的发车日期 %1。</translation>
    </message>
    <message>
        <source>%1 already works there from %2 to %3.</source>
        <translation>%1 在 %2 至 %3 已在此就业。</translation>
    </message>
    <message>
        <source>%1 already works there since %2.</source>
        <translation>%1 自 %2 起已在此就业。</translation>
    </message>
    <message>
        <source>Enter the first day the person no longer works there.</source>
        <translation>请填写离岗日期（从这天起不再在此就业）。</translation>
    </message>
    <message>
        <source>The job can only end after the day it began (%1).</source>
        <translation>结束日期须晚于就业开始日期（%1）。</translation>
    </message>
    <message>
        <source>The job already ends on %1.</source>
        <translation>这条就业已于 %1 结束。</translation>
    </message>
    <message>
        <source>Say why the job ends.</source>
        <translation>请写明就业结束的原因。</translation>
    </message>
    <message>
        <source>The new income is the same as the current one.</source>
        <translation>新收入与现在的收入相同。</translation>
    </message>
    <message>
        <source>Enter the day the new income applies from.</source>
        <translation>请填写新收入的起始日期。</translation>
    </message>
    <message>
        <source>The new income must apply from a day after %1, the day the current income began.</source>
        <translation>新收入的起始日期须晚于现行收入的开始日期 %1。</translation>
    </message>
    <message>
        <source>The job ends on %1, before the new income would apply.</source>
        <translation>这条就业于 %1 结束，早于新收入的起始日期。</translation>
    </message>
    <message>
        <source>Income changed</source>
        <translation>收入变更</translation>
    </message>
    <message>
        <source>Choose the site the workshop serves.</source>
        <translation>请选择帮扶车间服务的安置点。</translation>
    </message>
    <message>
        <source>Enter the workshop&apos;s name.</source>
        <translation>请填写帮扶车间名称。</translation>
    </message>
    <message>
        <source>The places offered cannot be below 0.</source>
        <translation>提供的岗位数不能小于 0。</translation>
    </message>
    <message>
        <source>Enter the day the workshop opened.</source>
        <translation>请填写帮扶车间的开办日期。</translation>
    </message>
    <message>
        <source>The workshop must close after the day it opened.</source>
        <translation>帮扶车间的关闭日期须晚于开办日期。</translation>
    </message>
    <message>
        <source>Choose the site of the post.</source>
        <translation>请选择公益岗位所在的安置点。</translation>
    </message>
    <message>
        <source>Enter the post&apos;s name.</source>
        <translation>请填写公益岗位名称。</translation>
    </message>
    <message>
        <source>A post takes at least 1 person.</source>
        <translation>每个公益岗位至少安排 1 人。</translation>
    </message>
    <message>
        <source>The monthly pay cannot be below 0.</source>
        <translation>月工资不能小于 0。</translation>
    </message>
    <message>
        <source>Enter the day the post opened.</source>
        <translation>请填写公益岗位的设岗日期。</translation>
    </message>
    <message>
        <source>The post must close after the day it opened.</source>
        <translation>公益岗位的撤岗日期须晚于设岗日期。</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s name.</source>
        <translation>请填写劳务经纪人姓名。</translation>
    </message>
    <message>
        <source>Enter the day the broker began working for the office.</source>
        <translation>请填写劳务经纪人开始为本单位服务的日期。</translation>
    </message>
    <message>
        <source>The broker must stop after the day they began.</source>
        <translation>劳务经纪人的停止服务日期须晚于开始日期。</translation>
    </message>
    <message>
        <source>Enter the first day it is closed.</source>
        <translation>请填写停用日期（从这天起停用）。</translation>
    </message>
    <message>
        <source>It can only close after the day it opened (%1).</source>
        <translation>停用日期须晚于启用日期（%1）。</translation>
    </message>
    <message>
        <source>It already closes on %1.</source>
        <translation>已于 %1 停用。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) there still hold on %1 or begin later; end them first.</source>
        <translation>
            <numerusform>还有 %n 条就业在 %1 仍然有效或在此后开始，请先结束这些就业。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the site the batch left from.</source>
        <translation>请选择输送批次的出发安置点。</translation>
    </message>
    <message>
        <source>Enter the day the batch left.</source>
        <translation>请填写发车日期。</translation>
    </message>
    <message>
        <source>Enter the province the batch went to.</source>
        <translation>请填写输出省份。</translation>
    </message>
    <message>
        <source>List the site&apos;s people on the batch.</source>
        <translation>请列出本批次中本安置点的人员。</translation>
    </message>
    <message>
        <source>The batch carried %1 people in all, fewer than the %2 listed.</source>
        <translation>该批次共输送 %1 人，少于所列的 %2 人。</translation>
    </message>
    <message>
        <source>Enter the day the wish was collected.</source>
        <translation>请填写意愿登记日期。</translation>
    </message>
    <message>
        <source>The wish cannot close before it was collected.</source>
        <translation>意愿的关闭日期不能早于登记日期。</translation>
    </message>
    <message>
        <source>Enter the day the wish was met or withdrawn.</source>
        <translation>请填写意愿实现或撤回的日期。</translation>
    </message>
    <message>
        <source>The wish cannot close before it was collected (%1).</source>
        <translation>意愿的关闭日期不能早于登记日期（%1）。</translation>
    </message>
    <message>
        <source>The wish is already closed on %1.</source>
        <translation>这条意愿已于 %1 关闭。</translation>
    </message>
    <message>
        <source>Say whether the wish was met or withdrawn, and how.</source>
        <translation>请写明意愿是已实现还是已撤回，以及具体情况。</translation>
    </message>
    <message>
        <source>Enter the day the reason holds from.</source>
        <translation>请填写原因的起始日期。</translation>
    </message>
    <message>
        <source>The reason must end after the day it begins.</source>
        <translation>原因的截止日期须晚于起始日期。</translation>
    </message>
    <message>
        <source>Write out the other reason.</source>
        <translation>请写明其他原因。</translation>
    </message>
    <message>
        <source>Enter the first day the reason no longer holds.</source>
        <translation>请填写原因失效的日期。</translation>
    </message>
    <message>
        <source>The reason can only end after the day it began (%1).</source>
        <translation>原因的结束日期须晚于起始日期（%1）。</translation>
    </message>
    <message>
        <source>The reason already ends on %1.</source>
        <translation>这条原因已于 %1 结束。</translation>
    </message>
    <message>
        <source>Enter the amount paid, more than 0.</source>
        <translation>请填写发放金额，须大于 0。</translation>
    </message>
    <message>
        <source>Enter the month the payment is for.</source>
        <translation>请填写补贴所属月份。</translation>
    </message>
    <message>
        <source>A payment is for a month: give its first day.</source>
        <translation>补贴按月发放：请填写所属月份的第一天。</translation>
    </message>
    <message>
        <source>Enter the day the money was paid.</source>
        <translation>请填写发放日期。</translation>
    </message>
    <message>
        <source>The job is not on file.</source>
        <translation>查无这条就业记录。</translation>
    </message>
    <message>
        <source>The job is another person&apos;s.</source>
        <translation>这条就业记录属于其他人。</translation>
    </message>
    <message>
        <source>The course attendance is not on file.</source>
        <translation>查无这条参训记录。</translation>
    </message>
    <message>
        <source>The course attendance is another person&apos;s.</source>
        <translation>这条参训记录属于其他人。</translation>
    </message>
    <message>
        <source>This support is already paid to the person for %1.</source>
        <translation>此人 %1 的这项补贴已经发放。</translation>
    </message>
    <message>
        <source>Batch of %1 → %2</source>
        <translation>%1 发车批次 → %2</translation>
    </message>
    <message>
        <source>%1 (broker %2)</source>
        <translation>%1（劳务经纪人 %2）</translation>
    </message>
</context>
<context>
    <name>anju::work::EmploymentService</name>
    <message>
        <source>Person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>The job was not saved: %1</source>
        <translation>就业记录未保存：%1</translation>
    </message>
    <message>
        <source>The job is not on file.</source>
        <translation>查无这条就业记录。</translation>
    </message>
    <message>
        <source>The job was not ended: %1</source>
        <translation>未能结束就业：%1</translation>
    </message>
    <message>
        <source>Someone else changed this job meanwhile; open it again.</source>
        <translation>这条就业记录刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The new income was not saved: %1</source>
        <translation>新收入未保存：%1</translation>
    </message>
    <message>
        <source>The workshop was not saved: %1</source>
        <translation>帮扶车间未保存：%1</translation>
    </message>
    <message>
        <source>The workshop is not on file.</source>
        <translation>查无此帮扶车间。</translation>
    </message>
    <message>
        <source>The workshop was not closed: %1</source>
        <translation>未能关闭帮扶车间：%1</translation>
    </message>
    <message>
        <source>Someone else changed this workshop meanwhile; open it again.</source>
        <translation>这个帮扶车间刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The post was not saved: %1</source>
        <translation>公益岗位未保存：%1</translation>
    </message>
    <message>
        <source>The post is not on file.</source>
        <translation>查无此公益岗位。</translation>
    </message>
    <message>
        <source>The post was not closed: %1</source>
        <translation>未能撤销公益岗位：%1</translation>
    </message>
    <message>
        <source>Someone else changed this post meanwhile; open it again.</source>
        <translation>这个公益岗位刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The labour broker was not saved: %1</source>
        <translation>劳务经纪人未保存：%1</translation>
    </message>
    <message>
        <source>The labour broker is not on file.</source>
        <translation>查无此劳务经纪人。</translation>
    </message>
    <message>
        <source>The labour broker was not closed: %1</source>
        <translation>未能停用劳务经纪人：%1</translation>
    </message>
    <message>
        <source>Someone else changed this broker meanwhile; open it again.</source>
        <translation>这名劳务经纪人的信息刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The transport batch was not saved: %1</source>
        <translation>点对点输送批次未保存：%1</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复列出。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 already works away since %2; end that job first.</source>
        <translation>%1 自 %2 起已在外务工，请先结束那条就业。</translation>
    </message>
    <message>
        <source>The wish was not saved: %1</source>
        <translation>意愿未保存：%1</translation>
    </message>
    <message>
        <source>The wish is not on file.</source>
        <translation>查无这条意愿。</translation>
    </message>
    <message>
        <source>The wish was not closed: %1</source>
        <translation>未能关闭意愿：%1</translation>
    </message>
    <message>
        <source>Someone else changed this wish meanwhile; open it again.</source>
        <translation>这条意愿刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The reason was not saved: %1</source>
        <translation>原因未保存：%1</translation>
    </message>
    <message>
        <source>The reason is not on file.</source>
        <translation>查无这条原因。</translation>
    </message>
    <message>
        <source>The reason was not ended: %1</source>
        <translation>未能结束原因：%1</translation>
    </message>
    <message>
        <source>Someone else changed this reason meanwhile; open it again.</source>
        <translation>这条原因刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The payment was not saved: %1</source>
        <translation>补贴发放记录未保存：%1</translation>
    </message>
</context>
<context>
    <name>anju::work::IndustryRepository</name>
    <message>
        <source>The projects could not be read: %1</source>
        <translation>无法读取产业项目：%1</translation>
    </message>
    <message>
        <source>The projects could not be counted: %1</source>
        <translation>无法统计产业项目：%1</translation>
    </message>
    <message>
        <source>Project %1 is not on file.</source>
        <translation>没有编号为 %1 的产业项目。</translation>
    </message>
    <message>
        <source>The beneficiaries could not be read: %1</source>
        <translation>无法读取受益户：%1</translation>
    </message>
    <message>
        <source>Household %1 is not on file.</source>
        <translation>没有编号为 %1 的户。</translation>
    </message>
    <message>
        <source>The household&apos;s benefits could not be read: %1</source>
        <translation>无法读取该户的产业受益情况：%1</translation>
    </message>
</context>
<context>
    <name>anju::work::IndustryRules</name>
    <message>
        <source>%1 (head %2)</source>
        <translation>%1（户主 %2）</translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>Enter the day the project began.</source>
        <translation>请填写项目开始日期。</translation>
    </message>
    <message>
        <source>The project cannot end before it begins.</source>
        <translation>项目结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The investment cannot be below 0.</source>
        <translation>投资额不能小于 0。</translation>
    </message>
    <message>
        <source>Enter the shares the assets are divided into, more than 0.</source>
        <translation>请填写资产折股总数，须大于 0。</translation>
    </message>
    <message>
        <source>Only an asset-shares project is divided into shares.</source>
        <translation>只有资产折股量化项目才折股。</translation>
    </message>
    <message>
        <source>%1 shares are given in one year; the project needs at least as many.</source>
        <translation>已有一个年度量化到户 %1 股，折股总数不能少于此数。</translation>
    </message>
    <message>
        <source>Households benefit in %1; the project must begin in that year or before.</source>
        <translation>%1 年已有受益户，项目须在该年或之前开始。</translation>
    </message>
    <message>
        <source>Households benefit in %1; the project must last into that year.</source>
        <translation>%1 年已有受益户，项目须持续到该年。</translation>
    </message>
    <message>
        <source>Households of another site benefit from the project; it cannot be limited to this site while they do.</source>
        <translation>该项目有其他安置点的受益户，不能限定为本安置点。</translation>
    </message>
    <message>
        <source>Choose the households that benefit.</source>
        <translation>请选择受益户。</translation>
    </message>
    <message>
        <source>Enter the year of the benefit.</source>
        <translation>请填写受益年度。</translation>
    </message>
    <message>
        <source>The project began in %1; it gave nothing in %2.</source>
        <translation>项目于 %1 年开始，%2 年没有收益。</translation>
    </message>
    <message>
        <source>The project ended in %1; it gave nothing in %2.</source>
        <translation>项目已于 %1 年结束，%2 年没有收益。</translation>
    </message>
    <message>
        <source>%1 has not begun yet.</source>
        <translation>%1 年尚未开始。</translation>
    </message>
    <message>
        <source>Household %1 is not on file.</source>
        <translation>没有编号为 %1 的户。</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 在名单中重复出现。</translation>
    </message>
    <message>
        <source>%1 already benefits from the project in %2.</source>
        <translation>%1 在 %2 年已是该项目的受益户。</translation>
    </message>
    <message>
        <source>%1 is no longer on file (since %2).</source>
        <translation>%1 已不在册（自 %2 起）。</translation>
    </message>
    <message>
        <source>%1 lives at another site than the project&apos;s.</source>
        <translation>%1 不住在该项目所属的安置点。</translation>
    </message>
    <message>
        <source>%1 has no members on %2.</source>
        <translation>%1 在 %2 没有在册成员。</translation>
    </message>
    <message>
        <source>%1: shares and amount cannot be below 0.</source>
        <translation>%1：股数和金额不能小于 0。</translation>
    </message>
    <message>
        <source>%1: only an asset-shares project gives shares.</source>
        <translation>%1：只有资产折股量化项目才分配股份。</translation>
    </message>
    <message>
        <source>%1: %2 shares do not fit; the project has %3 and %4 are given in %5.</source>
        <translation>%1：%2 股超出可分配股数；项目共 %3 股，%5 年已分配 %4 股。</translation>
    </message>
    <message>
        <source>Shares and amount cannot be below 0.</source>
        <translation>股数和金额不能小于 0。</translation>
    </message>
    <message>
        <source>Only an asset-shares project gives shares.</source>
        <translation>只有资产折股量化项目才分配股份。</translation>
    </message>
    <message>
        <source>%1 shares do not fit; the project has %2 and %3 are given to others in %4.</source>
        <translation>%1 股超出可分配股数；项目共 %2 股，%4 年已分配给其他户 %3 股。</translation>
    </message>
</context>
<context>
    <name>anju::work::IndustryService</name>
    <message>
        <source>The household is not on file.</source>
        <translation>查无此户。</translation>
    </message>
    <message>
        <source>Project %1 is not on file.</source>
        <translation>没有编号为 %1 的产业项目。</translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation>产业项目未保存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this project meanwhile; open it again.</source>
        <translation>这个产业项目刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The households could not be read: %1</source>
        <translation>无法读取住户：%1</translation>
    </message>
    <message>
        <source>%1 lives at a site you do not work on.</source>
        <translation>%1 所在的安置点不在您的负责范围内。</translation>
    </message>
    <message>
        <source>The beneficiaries were not saved: %1</source>
        <translation>受益户未保存：%1</translation>
    </message>
    <message>
        <source>The beneficiary row is not on file.</source>
        <translation>查无这条受益记录。</translation>
    </message>
    <message>
        <source>The benefit was not saved: %1</source>
        <translation>受益记录未保存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this benefit meanwhile; open it again.</source>
        <translation>这条受益记录刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The benefit was not removed: %1</source>
        <translation>未能删除受益记录：%1</translation>
    </message>
</context>
<context>
    <name>anju::work::TrainingRepository</name>
    <message>
        <source>The courses could not be read: %1</source>
        <translation>无法读取培训班：%1</translation>
    </message>
    <message>
        <source>The courses could not be counted: %1</source>
        <translation>无法统计培训班：%1</translation>
    </message>
    <message>
        <source>The trades could not be read: %1</source>
        <translation>无法读取培训工种：%1</translation>
    </message>
    <message>
        <source>Course %1 is not on file.</source>
        <translation>没有编号为 %1 的培训班。</translation>
    </message>
    <message>
        <source>The course could not be read: %1</source>
        <translation>无法读取该培训班：%1</translation>
    </message>
    <message>
        <source>The course&apos;s attendance could not be read: %1</source>
        <translation>无法读取培训班的参训情况：%1</translation>
    </message>
    <message>
        <source>The person is not on file.</source>
        <translation>查无此人。</translation>
    </message>
    <message>
        <source>The training history could not be read: %1</source>
        <translation>无法读取培训经历：%1</translation>
    </message>
</context>
<context>
    <name>anju::work::TrainingRules</name>
    <message>
        <source>Enter the course&apos;s title.</source>
        <translation>请填写培训班名称。</translation>
    </message>
    <message>
        <source>Enter the trade the course teaches.</source>
        <translation>请填写培训工种。</translation>
    </message>
    <message>
        <source>Enter the course&apos;s first day.</source>
        <translation>请填写开班日期。</translation>
    </message>
    <message>
        <source>Enter the course&apos;s last day.</source>
        <translation>请填写结业日期。</translation>
    </message>
    <message>
        <source>The course cannot end before it begins.</source>
        <translation>结业日期不能早于开班日期。</translation>
    </message>
    <message>
        <source>The class hours cannot be below 0.</source>
        <translation>课时不能小于 0。</translation>
    </message>
    <message>
        <source>The places cannot be below 0 (0: no limit).</source>
        <translation>名额不能小于 0（0 表示不限）。</translation>
    </message>
    <message numerus="yes">
        <source>%n people are on the course; it needs at least as many places.</source>
        <translation>
            <numerusform>培训班已有 %n 名学员，名额不能少于此数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone on the course attended %1 class hours; the course needs at least as many.</source>
        <translation>已有学员出勤 %1 课时，培训班课时不能少于此数。</translation>
    </message>
    <message>
        <source>Someone enrolled on %1; the course cannot end before that day.</source>
        <translation>有学员于 %1 报名，结业日期不能早于该日。</translation>
    </message>
    <message>
        <source>People of another site are on the course; it cannot be limited to this site while they are.</source>
        <translation>培训班有其他安置点的学员，不能限定为本安置点。</translation>
    </message>
    <message>
        <source>Choose the people to enrol.</source>
        <translation>请选择要报名的人员。</translation>
    </message>
    <message>
        <source>Enter the day they enrolled.</source>
        <translation>请填写报名日期。</translation>
    </message>
    <message>
        <source>The course ended on %1; nobody can enrol after that day.</source>
        <translation>培训班已于 %1 结业，此后不能再报名。</translation>
    </message>
    <message>
        <source>Person %1 is not on file.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 在名单中重复出现。</translation>
    </message>
    <message>
        <source>%1 is already on the course.</source>
        <translation>%1 已报名该培训班。</translation>
    </message>
    <message>
        <source>%1 is not on file on %2 (moved away or died on %3).</source>
        <translation>%1 在 %2 已不在册（已于 %3 迁出或去世）。</translation>
    </message>
    <message>
        <source>%1 lives at another site than the course&apos;s.</source>
        <translation>%1 不住在该培训班所属的安置点。</translation>
    </message>
    <message>
        <source>%1 does not fit: the course has %2 places and %3 are taken.</source>
        <translation>%1 无法报名：培训班名额 %2 个，已报 %3 人。</translation>
    </message>
    <message>
        <source>%1: the hours attended cannot be below 0.</source>
        <translation>%1：出勤课时不能小于 0。</translation>
    </message>
    <message>
        <source>%1: the course records no class hours; enter the course&apos;s hours first.</source>
        <translation>%1：培训班未登记课时，请先填写培训班的课时。</translation>
    </message>
    <message>
        <source>%1: %2 hours attended is more than the course&apos;s %3.</source>
        <translation>%1：出勤 %2 课时，超过培训班的 %3 课时。</translation>
    </message>
    <message>
        <source>%1: the course ends on %2; completion is recorded from that day on.</source>
        <translation>%1：培训班于 %2 结业，从该日起才能登记结业。</translation>
    </message>
    <message>
        <source>%1: a certificate number belongs to a completed course only.</source>
        <translation>%1：只有已结业的才能填写证书编号。</translation>
    </message>
    <message>
        <source>%1: enrolled on %2; dropping out is recorded from that day on.</source>
        <translation>%1：于 %2 报名，从该日起才能登记中途退出。</translation>
    </message>
    <message>
        <source>%1: the course ended on %2; nobody can enrol after that day.</source>
        <translation>%1：培训班已于 %2 结业，此后不能再报名。</translation>
    </message>
</context>
<context>
    <name>anju::work::TrainingService</name>
    <message>
        <source>Course %1 is not on file.</source>
        <translation>没有编号为 %1 的培训班。</translation>
    </message>
    <message>
        <source>The site is not on file.</source>
        <translation>查无此安置点。</translation>
    </message>
    <message>
        <source>The course was not saved: %1</source>
        <translation>培训班未保存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this course meanwhile; open it again.</source>
        <translation>这个培训班刚被别人修改过，请重新打开。</translation>
    </message>
    <message>
        <source>The people could not be read: %1</source>
        <translation>无法读取人员：%1</translation>
    </message>
    <message>
        <source>%1 lives at a site you do not work on.</source>
        <translation>%1 所在的安置点不在您的负责范围内。</translation>
    </message>
    <message>
        <source>The enrolment was not saved: %1</source>
        <translation>报名未保存：%1</translation>
    </message>
    <message>
        <source>Choose the attendance to record.</source>
        <translation>请选择要登记的参训记录。</translation>
    </message>
    <message>
        <source>The attendance could not be read: %1</source>
        <translation>无法读取参训记录：%1</translation>
    </message>
    <message>
        <source>Attendance %1 is not on file.</source>
        <translation>没有编号为 %1 的参训记录。</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 在名单中重复出现。</translation>
    </message>
    <message>
        <source>%1: someone else changed this attendance meanwhile; open the course again.</source>
        <translation>%1：这条参训记录刚被别人修改过，请重新打开培训班。</translation>
    </message>
    <message>
        <source>%1: certificate %2 is already given to someone else on the course.</source>
        <translation>%1：证书编号 %2 已登记给本培训班的其他学员。</translation>
    </message>
    <message>
        <source>The outcomes were not saved: %1</source>
        <translation>培训结果未保存：%1</translation>
    </message>
    <message>
        <source>The enrolment is not on file.</source>
        <translation>查无这条报名记录。</translation>
    </message>
    <message>
        <source>The person is not on file.</source>
        <translation>查无此人。</translation>
    </message>
    <message>
        <source>A training subsidy was paid for this enrolment; it stays on file (record the person as dropped out instead).</source>
        <translation>这条报名已发放技能培训补贴，必须保留（请改为登记中途退出）。</translation>
    </message>
    <message>
        <source>The enrolment was not removed: %1</source>
        <translation>未能删除报名记录：%1</translation>
    </message>
    <message>
        <source>Someone else changed this enrolment meanwhile; open the course again.</source>
        <translation>这条报名记录刚被别人修改过，请重新打开培训班。</translation>
    </message>
</context>
<context>
    <name>anju::work::WorkFindings</name>
    <message>
        <source>Choose the day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>The work findings could not be read: %1</source>
        <translation>无法读取就业培训清单：%1</translation>
    </message>
    <message>
        <source>Wished for training (%1) on %2, %3 days ago, and has been offered no course since.</source>
        <translation>%2 登记培训意愿（%1），已过 %3 天，至今未安排培训。</translation>
    </message>
    <message>
        <source>no trade named</source>
        <translation>未填写工种</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 labour) holds the public post %3 while %n weak-labour person(s) of the site wait for work: %4.</source>
        <translation>
            <numerusform>%1（%2劳动力）担任公益岗位 %3，而本安置点有 %n 名弱劳动力在等待就业：%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>skilled</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>(no post named)</source>
        <translation>（未填写岗位名称）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No job since %1</source>
        <translation>自 %1 起未就业</translation>
    </message>
    <message>
        <source>No job recorded</source>
        <translation>没有就业记录</translation>
    </message>
    <message>
        <source>%1, and no reason recorded; the household has no pairing cadre.</source>
        <translation>%1，且未记录原因；该户没有结对帮扶干部。</translation>
    </message>
    <message>
        <source>%1, and no reason recorded; for the pairing cadre %2.</source>
        <translation>%1，且未记录原因；结对帮扶干部：%2。</translation>
    </message>
</context>
<context>
    <name>anju::work::WorkMonthQueries</name>
    <message>
        <source>The work figures could not be counted: %1</source>
        <translation>就业培训数据无法统计：%1</translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation>请选择月份。</translation>
    </message>
</context>
<context>
    <name>anju::workui</name>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部安置点</translation>
    </message>
</context>
</TS>
