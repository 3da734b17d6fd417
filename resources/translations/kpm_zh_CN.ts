<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>No field values recorded.</source>
        <translation>未记录字段值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up database...</source>
        <translation>备份数据库(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Restore database...</source>
        <translation>恢复数据库(&amp;R)...</translation>
    </message>
    <message>
        <source>The office database is backed up on its server (pg_dump).</source>
        <translation>办公室共享数据库在其服务器上备份（pg_dump）。</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation>正在备份数据库...</translation>
    </message>
    <message>
        <source>Restore database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>Replace all data in the database with the backup {0}?

The current data is copied to {1} first.</source>
        <translation>用备份 {0} 替换数据库中的全部数据？

当前数据会先复制到 {1}。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring the database...</source>
        <translation>正在恢复数据库...</translation>
    </message>
    <message>
        <source>The database was backed up to {0}.</source>
        <translation>数据库已备份到 {0}。</translation>
    </message>
    <message>
        <source>The database was restored from {0}.

The data it replaced is kept in {1}.</source>
        <translation>数据库已从 {0} 恢复。

被替换的数据保存在 {1}。</translation>
    </message>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM 绩效考核</translation>
    </message>
    <message>
        <source>Daily backup written to {0}</source>
        <translation>每日备份已写入 {0}</translation>
    </message>
    <message>
        <source>Daily backup failed: {0}</source>
        <translation>每日备份失败：{0}</translation>
    </message>
    <message>
        <source>KPM Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>KPM 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>As PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>As SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>{count} compared</source>
        <translation>共比较 {count} 人</translation>
    </message>
    <message>
        <source>, {count} n/a</source>
        <translation>，{count} 人不适用</translation>
    </message>
    <message>
        <source>{total} appraised</source>
        <translation>已考核 {total} 人</translation>
    </message>
    <message>
        <source>, {over} over quota</source>
        <translation>，{over} 人超出比例限制</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>quota {percent}: at most {allowed}</source>
        <translation>比例限制 {percent}：最多 {allowed} 人</translation>
    </message>
    <message>
        <source>{over} over the quota</source>
        <translation>超出比例限制 {over} 人</translation>
    </message>
    <message>
        <source> average</source>
        <translation> 平均</translation>
    </message>
    <message>
        <source>{total} tickets</source>
        <translation>共 {total} 张工单</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>First rows (rows with problems highlighted)</source>
        <translation>前几行（有问题的行已高亮）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} rows: correct the file, then check again.</source>
        <translation>{1} 行中有 {0} 个问题：请修改文件后重新检查。</translation>
    </message>
    <message>
        <source>{0} rows: {1} new, {2} changed, {3} unchanged.</source>
        <translation>共 {0} 行：新增 {1}，变更 {2}，未变 {3}。</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported {0} rows: {1} inserted, {2} updated, {3} unchanged.</source>
        <translation>已导入 {0} 行：新增 {1}，更新 {2}，未变 {3}。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>Local database file (SQLite)</source>
        <translation>本地数据库文件（SQLite）</translation>
    </message>
    <message>
        <source>Shared office database (PostgreSQL)</source>
        <translation>办公室共享数据库（PostgreSQL）</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>The choice takes effect when KPM Desktop starts next.</source>
        <translation>此选择在下次启动 KPM 绩效考核时生效。</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>KPM Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>KPM 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>正在测试...</translation>
    </message>
    <message>
        <source>Enter the database file.</source>
        <translation>请输入数据库文件。</translation>
    </message>
    <message>
        <source>Enter the address of the office database, like {0}</source>
        <translation>请输入办公室共享数据库的地址，例如 {0}</translation>
    </message>
    <message>
        <source>Database &amp;connection...</source>
        <translation>数据库连接(&amp;C)...</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>KPM Desktop hit a bug. Your saved work is safe; the action that failed was not saved. Copy the details below and send them to support.</source>
        <translation>KPM 绩效考核遇到程序错误。已保存的工作不受影响；出错的操作未被保存。请复制下方详细信息并发送给技术支持。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM 绩效考核</translation>
    </message>
</context>
<context>
    <name>CrmPages</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>{count} staff member</source>
        <translation>共 {count} 名员工</translation>
    </message>
    <message>
        <source>{count} staff members</source>
        <translation>共 {count} 名员工</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>{count} customer</source>
        <translation>共 {count} 个客户</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>共 {count} 个客户</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>{count} deal</source>
        <translation>共 {count} 个商机</translation>
    </message>
    <message>
        <source>{count} deals</source>
        <translation>共 {count} 个商机</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>service ticket</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>{count} service ticket</source>
        <translation>共 {count} 张服务工单</translation>
    </message>
    <message>
        <source>{count} service tickets</source>
        <translation>共 {count} 张服务工单</translation>
    </message>
</context>
<context>
    <name>CrmTables</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结单日期</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>First-contact fix</source>
        <translation>首次解决</translation>
    </message>
    <message>
        <source>Repeat issue</source>
        <translation>重复问题</translation>
    </message>
    <message>
        <source>Rating (1-10)</source>
        <translation>评分（1-10）</translation>
    </message>
    <message>
        <source>department code or name</source>
        <translation>部门编号或名称</translation>
    </message>
    <message>
        <source>employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>0-100</source>
        <translation>0-100</translation>
    </message>
    <message>
        <source>1-10</source>
        <translation>1-10</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Trend KPIs</source>
        <translation>趋势指标</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Read the CRM data again (after an import)</source>
        <translation>重新读取 CRM 数据（导入后使用）</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较指标</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>KPI trend by quarter</source>
        <translation>各季度 KPI 趋势</translation>
    </message>
    <message>
        <source>Team comparison</source>
        <translation>团队对比</translation>
    </message>
    <message>
        <source>Grade distribution and quotas</source>
        <translation>等级分布与比例限制</translation>
    </message>
    <message>
        <source>Staff profile against the department</source>
        <translation>员工与部门对比</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>首次响应时长</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>解决时长</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Loading {period}…</source>
        <translation>正在加载 {period}…</translation>
    </message>
    <message>
        <source>No finished appraisals in this period</source>
        <translation>本周期暂无已定稿的考核</translation>
    </message>
    <message>
        <source>Choose a staff member</source>
        <translation>请选择员工</translation>
    </message>
    <message>
        <source>No finished appraisal for this person</source>
        <translation>此人暂无已定稿的考核</translation>
    </message>
    <message>
        <source>n/a: {reason}</source>
        <translation>不适用：{reason}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Exporting {0}...</source>
        <translation>正在导出{0}...</translation>
    </message>
    <message>
        <source>{0} rows written</source>
        <translation>已写入 {0} 行</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>导出{0}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>{0} rows exported to {1}</source>
        <translation>已导出 {0} 行到 {1}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>{0}: {1} inserted, {2} updated, {3} unchanged</source>
        <translation>{0}：新增 {1}，更新 {2}，未变 {3}</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK; comma, semicolon or tab) or XLSX.</source>
        <translation>CSV（UTF-8 或 GBK 编码；逗号、分号或制表符分隔）或 XLSX。</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>first sheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>XLSX sheet</source>
        <translation>XLSX 工作表</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the HR administrator</source>
        <translation>创建人力资源管理员</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Choose the HR admin&apos;s user name and password; the admin then adds the other users.</source>
        <translation>此数据库尚无管理员。请设置人力资源管理员的用户名和密码，之后由管理员添加其他用户。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>密码符合要求。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>目标值…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Computing {period}…</source>
        <translation>正在计算 {period}…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{period}: {count} staff</source>
        <translation>{period}：{count} 名员工</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>n/a: {reason}</source>
        <translation>不适用：{reason}</translation>
    </message>
    <message>
        <source>numerator {num} / denominator {den}</source>
        <translation>分子 {num} / 分母 {den}</translation>
    </message>
    <message>
        <source>target {target}, attainment {attainment}</source>
        <translation>目标 {target}，达成率 {attainment}</translation>
    </message>
    <message>
        <source>growth vs previous period: {growth}</source>
        <translation>环比增长：{growth}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>KpiTargetDialog</name>
    <message>
        <source>Set KPI target</source>
        <translation>设置 KPI 目标</translation>
    </message>
    <message>
        <source>Staff member (employee no.)</source>
        <translation>员工（工号）</translation>
    </message>
    <message>
        <source>Department (code)</source>
        <translation>部门（部门编号）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI 指标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Saved: {owner} {kpi} = {value}</source>
        <translation>已保存：{owner} {kpi} = {value}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>English</source>
        <comment>language name</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes when KPM Desktop starts next.</source>
        <translation>界面语言将在下次启动 KPM 绩效考核时切换。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to KPM Desktop</source>
        <translation>登录 KPM 绩效考核</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM 绩效考核</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>CSV, encoding {0}, delimiter {1}</source>
        <translation>CSV，编码 {0}，分隔符 {1}</translation>
    </message>
    <message>
        <source>XLSX, sheet {0}</source>
        <translation>XLSX，工作表 {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI 指标</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Print evaluation sheet</source>
        <translation>打印考核表</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>HR administrator</source>
        <translation>人力资源管理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <source>Not signed in: an unattended start needs KPM_USER and KPM_PASSWORD (or KPM_ADMIN_PASSWORD when the database has no admin yet)</source>
        <translation>未登录：无人值守启动需要设置 KPM_USER 和 KPM_PASSWORD（数据库尚无管理员时需要 KPM_ADMIN_PASSWORD）</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Search name, code or phone (Ctrl+F)</source>
        <translation>搜索姓名、编号或电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>matching “{search}”</source>
        <translation>（匹配“{search}”）</translation>
    </message>
    <message>
        <source>Add {record}</source>
        <translation>添加{record}</translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation>编辑{record}</translation>
    </message>
    <message>
        <source>Delete {record}</source>
        <translation>删除{record}</translation>
    </message>
    <message>
        <source>Delete {record} {name}? This cannot be undone.</source>
        <translation>删除{record}“{name}”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM 绩效考核</translation>
    </message>
</context>
<context>
    <name>_WorkPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{0} rows read</source>
        <translation>已读取 {0} 行</translation>
    </message>
</context>
</TS>
