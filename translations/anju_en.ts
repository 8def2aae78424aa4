<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>anju::Address</name>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3 or A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (stairwells) are named 1, 2, 3 … and can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CellText</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 1985-03-12, 1985.03.12, 1985/3/12, 19850312 or 1985年3月12日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 was turned into a number by Excel and lost digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ChartView</name>
    <message>
        <source>%1 %2 (%3%)</source>
        <comment>pie slice: category, value, percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to save the chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

No figures to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>category · series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>name: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3% of %4)</source>
        <comment>name: value (percent of total)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as picture…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CountyComboBox</name>
    <message>
        <source>Six-digit county code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuangqing District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daxiang District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beita District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinshao County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaoyang County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhui County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongkou County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suining County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinning County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chengbu Miao Autonomous County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wugang City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaodong City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in UTF-8 and this computer cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file has only one sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text; the file mixes encodings. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; the file may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has %2 characters; a spreadsheet cell holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; a spreadsheet has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CsvSniffer</name>
    <message>
        <source>The file is neither an Excel workbook (.xlsx) nor a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::DashboardCharts</name>
    <message>
        <source>%1-%2</source>
        <comment>chart axis: year and month, e.g. 2026年1月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>chart axis: month, e.g. 10月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (10,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>months of the trend: 2025年12月—2026年11月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at month end (10,000), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at month end, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::Database</name>
    <message>
        <source>PostgreSQL databases are not supported by this version of Anju yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database changed its schema while it was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Anju database or cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an Anju database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Anju (schema %2; this program knows schema %3). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk is writing to the database; try again in a moment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed; nothing was written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::DemoGenerator</name>
    <message>
        <source>Every county has used up its 999 site codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of households must be between 1 and %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date of the demo data must be in 2021 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds %L1 households. Demo data is only made in a database without households; use a new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not index the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::DemoWriter</name>
    <message>
        <source>Could not prepare the demo data statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::GuiMain</name>
    <message>
        <source>The database: a file path (SQLite). Without it, the database in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, zh_CN or en, instead of the one chosen in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju: follow-up support for relocation resettlement sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HeaderDetector</name>
    <message>
        <source>Row %1 of sheet &quot;%2&quot; is empty; it cannot be the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header with the name and ID-number columns was found in the first %1 rows of the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet of the file looks like a household roster: none has a header with the name and ID-number columns (姓名, 身份证号) in its first %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdAddressBox</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &amp;no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdAssembler</name>
    <message>
        <source>%1 is not a county code or a county of Shaoyang; write the six-digit code, like 430524.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship to the head is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship to the head this program knows (户主, 配偶, 子, 女, 孙子, 孙女, 父母, 兄弟姐妹, 儿媳, 女婿, 其他 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex (男 or 女).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex %1 does not match the ID number, which says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ethnic group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of education.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a labour capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member&apos;s state (在册, 迁出 or 死亡).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdForm</name>
    <message>
        <source>Ctrl+S saves · Insert adds a member · Ctrl+Z takes back a cell edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to household %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is no longer registered: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this household are not saved. Close and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdMembersBox</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (Insert or Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unsa&amp;ved member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a member row that was never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member moved away from the office&apos;s sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k deceased…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to anot&amp;her household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member joins another household; their history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to other households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet: press Insert to add one, then type name, ID number and relationship; Tab or Enter moves to the next cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the moved members</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdOriginBox</name>
    <message>
        <source>Origin and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin &amp;county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin &amp;township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin vi&amp;llage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or fixed line with area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration (hukou) &amp;moved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resi&amp;dence permit issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdRules</name>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 may contain only letters (and · between the parts of a minority name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number: enter 11 digits for a mobile or the area code and number for a fixed line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the member moved away or died.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the member&apos;s birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the household number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household number is longer than 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resettlement site of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the county the household moved from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a county code: it has six digits, like 430524.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the relocation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relocation date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household has one head: %1 is already the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark one member as head of household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is already entered for %1 in this household.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdSizeSection</name>
    <message>
        <source>%1 or more people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Households by size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdsPage</name>
    <message>
        <source>&amp;New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new household (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected household (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in households from an Excel or CSV roster (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household lives at a resettlement site: enter the site first (File → Sites and buildings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household matches the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is entered yet. Enter your resettlement sites and their buildings first (File → Sites and buildings), or import an office roster (Ctrl+I), which brings its sites along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered households here yet: add one with New household (Ctrl+N), or import an office roster (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::IdNumber</name>
    <message>
        <source>The ID number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 was turned into a number by Excel and its last digits are lost; type it again from the ID card (format the column as text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 may contain only digits and a final X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); it must have 18 (or 15 on an old card).</source>
        <translation>
            <numerusform>The ID number has %n character; it must have 18 (or 15 on an old card).</numerusform>
            <numerusform>The ID number has %n characters; it must have 18 (or 15 on an old card).</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number does not start with a valid region code (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the ID number is wrong (it should be %1 for these digits): a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportChecker</name>
    <message>
        <source>This ID number already appears in row %1 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is already registered, in household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number %1 is already in the database with other members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is already in the database with other details (%2); correct it in the household form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save error list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows with their reasons as an Excel file, to correct and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole file and find every problem; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;valid households only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written during the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All households go in together at the end; Cancel leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the valid households of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the file changed or the database changed since the check. Check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) imported with %1 person(s).</source>
        <translation>
            <numerusform>%n household imported with %1 person(s).</numerusform>
            <numerusform>%n households imported with %1 person(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) were in the database already and stayed as they were.</source>
        <translation>
            <numerusform>%n household was in the database already and stayed as it was.</numerusform>
            <numerusform>%n households were in the database already and stayed as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with problems were left out.</source>
        <translation>
            <numerusform>%n household with problems was left out.</numerusform>
            <numerusform>%n households with problems were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the list of the rows left out, to correct them and import them later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error list saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportErrorsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportMappingTable</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin county (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the state change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the import cannot work without this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is chosen for more than one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is chosen for %2; each column can hold one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportResultView</name>
    <message>
        <source>Read from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households already in the database, unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household with a problem on any of its rows is not imported. Rows are numbered as the spreadsheet shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported on %1. Importing it again would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the roster is ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household of the file is already in the database as it is: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet holds no households below its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household of the file has problems, so nothing can be imported. Save the error list, correct the rows in it and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) have problems. Correct them in the file and check again, or import only the valid households.</source>
        <translation>
            <numerusform>%n household has problems. Correct it in the file and check again, or import only the valid households.</numerusform>
            <numerusform>%n households have problems. Correct them in the file and check again, or import only the valid households.</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, header in row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportSourcePage</name>
    <message>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column headers (姓名, 身份证号 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header in row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each field is in the file. Fields marked * are required; columns not chosen here are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;site for rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: every row names its site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no site column: choose the site its households live in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no site column and no site is entered yet: enter the site first (Sites and buildings), or add a site column to the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportWriter</name>
    <message>
        <source>The household names no site: fill in the site column or choose a site for the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::Labels</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granddaughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skilled labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak or half labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPC probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communist Youth League member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Han</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ewenki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service management centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-stop service centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MainWindow</name>
    <message>
        <source>Anju — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [demo database]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will hold the party organisations and their members through each development stage, with dues, meetings and transfers of organisational relations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will hold the grids of each site with their staff, the cases residents bring, and the visits cadres must make to households that need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will hold the monthly income checks, monitoring households, safety-net enrolment, employment, training and industry support of each household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites and buildings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Anju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this window works on, and the version of its schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Anju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju %1

Follow-up support for relocation resettlement sites: the household registry, party building, grids and visits, support services and the monthly summary.

Database: %2 (schema %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MemberColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MemberStateDialog</name>
    <message>
        <source>Move out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark deceased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves away from the office&apos;s sites (household %2). The record stays on file with the date and is no longer counted as a resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of household %2 died. The record stays on file with the date and is no longer counted as a resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member name (relationship)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MembersModel</name>
    <message>
        <source>edit %1 in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove member in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former member: kept on file, not editable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MonthlySummaryBuilder</name>
    <message>
        <source>%1-%2</source>
        <comment>year and month of the summary, e.g. 2026年10月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the month of the summary as YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site of the summary no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MoveMemberDialog</name>
    <message>
        <source>Move %1 to another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number, or a member&apos;s name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;head here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PeopleStructureSection</name>
    <message>
        <source>Aged 0–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 6–15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 16–59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 60 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by sex, age and labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PersonWriter</name>
    <message>
        <source>Someone else changed household %1 after you opened it; nothing was saved. Reload it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number was just registered for another person at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household already has a head of household (just saved at another desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household number was just used at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is already used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another household already has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dwelling is not in the chosen site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dwelling is already the home of household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number already belongs to %1 of household %2: one person is registered once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member of this household; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: a member moves out, dies or moves to another household, and stays on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 after you opened the household; nothing was saved. Reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before %2 was born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before %2 joined this household (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the head of household: choose the member who becomes the new head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household %1 moves to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to household %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 already has a head of household (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PlaceholderPage</name>
    <message>
        <source>This part of Anju is not built yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PopulationSection</name>
    <message>
        <source>Households registered at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People registered at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households and people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PopulationTrend</name>
    <message>
        <source>No figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RegistryService</name>
    <message>
        <source>The household was saved but cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a registered member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RejectedRowsWriter</name>
    <message>
        <source>The rows have too many columns for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many rejected rows for one spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is in use; close it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ReportContext</name>
    <message>
        <source>The summary could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ReportPage</name>
    <message>
        <source>yyyy-MM</source>
        <comment>month picker format, e.g. yyyy年MM月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · computed in %L3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly summary was saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly summary was saved as Excel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RosterExporter</name>
    <message>
        <source>Cannot export the roster to &quot;%1&quot;: the file name must end in .xlsx (Excel) or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: name a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site to export no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RosterFilterBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number, phone or household number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RosterImporter</name>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster has no column for %1; place it in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another row of this household has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing household %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported rows could not be indexed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1, row %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RosterModel</name>
    <message>
        <source>Household no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RosterRowsQuery</name>
    <message>
        <source>The roster cannot be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Anju starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language saved. Start Anju again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SiteDialog</name>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 430524001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban (in a town or city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural (in a village)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urban or rural:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move-in date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households come from other townships (cross-to&amp;wnship site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water, power, road, broadband and gas connected; roads hardened, greened and lit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the &amp;five connections and three improvements (五通三化)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SiteRules</name>
    <message>
        <source>%L1 residents need a one-stop service centre (recorded: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at least a service management centre (recorded: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 households: water, power, road, broadband and gas connected, roads hardened, greened and lit are not all recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five connections, three improvements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SiteRulesSection</name>
    <message>
        <source>Rules broken at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites with registered households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites without the service centre they need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites short of the required five connections and three improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SiteService</name>
    <message>
        <source>Enter the site code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site code may contain only digits, Latin letters and hyphens (at most 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the county code of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a county code: it has six digits, like 430524.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the building name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building has at most 100 floors (0 when not recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another site already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this site meanwhile; close the form and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site of the building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building has between 1 and 20 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site already has a building named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this building meanwhile; close the form and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the room number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor area must be between 0 and 500 m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SitesDialog</name>
    <message>
        <source>Sites and buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings of the selected site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit b&amp;uilding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SummaryDocument</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SummaryOutput</name>
    <message>
        <source>Monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: monthly summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly summary as Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SummaryWords</name>
    <message>
        <source>Monthly summary of the resettlement sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1-%2-%3</source>
        <comment>year, month, day: 打印日期：%1年%2月%3日</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SummaryXlsxWriter</name>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPage &amp;P of &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is password-protected or in the old .xls format; save it as .xlsx without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a web page or an XML document, not a workbook; open it in Excel or WPS and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxMergeScanner</name>
    <message>
        <source>The sheet part %1 has a merged range &quot;%2&quot; that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet part %1 has more than %2 merged ranges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxReader</name>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is missing from the workbook; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxRosterWriter</name>
    <message>
        <source>The spreadsheet cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet cannot be started (no room for its temporary file?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxSheetStream</name>
    <message>
        <source>Cell %1 has %2 characters; a spreadsheet cell holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of sheet part %2 has a cell with the invalid reference &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns; a spreadsheet has at most %2 (cell %3 is past the limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 refers to a shared string the workbook does not have; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxWorkbook</name>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is in Excel&apos;s binary format (.xlsb); save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxXml</name>
    <message>
        <source>The part %1 of the workbook ends too early; the file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: %2 (line %3, column %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ZipArchive</name>
    <message>
        <source>Cannot read the file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is missing from the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to %2 bytes, more than the %3 bytes allowed; the file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is password-protected; save it as .xlsx without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete, perhaps cut off while copying or downloading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ZipEntryDevice</name>
    <message>
        <source>The part %1 of the workbook is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to more than %2 bytes; the file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::CliContext</name>
    <message>
        <source>There is no database at %1. Create it with: anju-cli --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: anju-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::DemoCommand</name>
    <message>
        <source>[--db LOCATION] demo [--households N] [--seed S] [--today DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills a database without households with demo data: sites, buildings and households of Shaoyang with valid ID numbers. The same seed always gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many households to make (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random numbers (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the data is as of, YYYY-MM-DD (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--households must be a number from 1 to %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making demo data: %1% (%L2 of %L3 households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dwellings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::Dispatcher</name>
    <message>
        <source>--db and --language need a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a database location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household needs list or show, e.g. anju-cli household list --site 430524001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language %1: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::ExportCommand</name>
    <message>
        <source>[--db LOCATION] export roster -o FILE [--site CODE] [--active-only] [--unit NAME] [--date DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the household roster, one row per person, household by household. A .xlsx file has the layout offices file and print: title, reporting unit and date, household columns merged over the members&apos; rows, totals and signature lines. A .csv file (UTF-8) has one header line and one line per person, for other programs. Both can be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, ending in .xlsx or .csv (replaced when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out members who moved away or died (by default they are listed with their state and its date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting unit written above the table (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting date written above the table, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name what to export: anju-cli export roster -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export roster takes no arguments besides roster, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE (.xlsx or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1% (%L2 of %L3 persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them moved away or deceased: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::HouseholdListCommand</name>
    <message>
        <source>[--db LOCATION] household list [--site CODE] [--state STATE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the households site by site, ordered by household number: number, head, site, address, active members and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only households in this state: active, moved_away or dissolved (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of objects instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household list takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state %1: use active, moved_away or dissolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::HouseholdShowCommand</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] household show NUMBER [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one household: its address, origin and members, with every household each member has belonged to, and the members who moved to another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household number, e.g. 430524001-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one household number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocated on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration moved here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>stay (how it ended)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::ImportCommand</name>
    <message>
        <source>[--db LOCATION] import FILE [--dry-run] [--skip-invalid] [--json] [--sheet N] [--header-row N] [--site CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a household roster (.xlsx, or .csv in UTF-8 or GB18030). A household goes in whole or not at all; without --skip-invalid nothing is written when any row is wrong. Every rejected row is listed with its row number, column and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the valid households even if others are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this sheet (1 is the first) instead of finding the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is on this row instead of the one found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site (code or name) for households whose rows name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet must be a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row must be a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported on %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, header on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rows above and import again, or use --skip-invalid to import the valid households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import: %1, %2 (dry run: nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import: every household of the file is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the database as in the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::InitCommand</name>
    <message>
        <source>[--db LOCATION] init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the database, or upgrades an existing one to the schema of this program, and prints its location and schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::ReportCommand</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the monthly summary of the whole office or of one site: households and people, moves, structure and the site rules broken, each with last month&apos;s figure and the change. The file&apos;s extension chooses the format: .pdf (A4, for printing), .xlsx (the office layout with signature lines) or .json (for other programs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, ending in .pdf, .xlsx or .json (replaced when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: this month, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the site with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report: anju-cli report monthly --month YYYY-MM -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report monthly takes no arguments besides monthly, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE (.pdf, .xlsx or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must end in .pdf, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM, e.g. 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures computed in %1 ms, file written in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] report monthly [--month YYYY-MM] [--site CODE] [--unit NAME] -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting unit (填报单位) printed above the figures (default: the office&apos;s name in the settings, or the site&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::SearchCommand</name>
    <message>
        <source>[--db LOCATION] search TEXT [--limit N] [--json] [--timing]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds persons by a fragment of their name (one Chinese character is enough), any part of their ID number or phone, or their household number; prints how many and the first of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many persons to print (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time the search itself took to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search takes one text to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln person(s).</source>
        <translation>
            <numerusform>Found: %Ln person.</numerusform>
            <numerusform>Found: %Ln persons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::cli::ValidateIdCommand</name>
    <message>
        <source>validate-id ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks resident ID numbers (GB 11643-1999). Prints for each the normalized number, the sex and the birth date, or why it is invalid. Lower-case x, full-width digits and spaces are accepted; a 15-digit number is converted to 18 digits. Exits with 1 when any number is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID numbers to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid, %2, born %3 (converted from the 15-digit number %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid, %2, born %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
