<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a finalized appraisal</source>
        <translation>更正已定稿的考核</translation>
    </message>
    <message>
        <source>What is corrected, and why (required)</source>
        <translation>更正内容及原因（必填）</translation>
    </message>
    <message>
        <source>A new revision is made; this one is kept as superseded.</source>
        <translation>将生成新的修订版本；当前版本保留为“已被替代”。</translation>
    </message>
</context>
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
    <name>AppraisalFormWidget</name>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Rater:</source>
        <translation>考评人：</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <source>Improvement plan (反馈改进)</source>
        <translation>反馈改进</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Include chart page</source>
        <translation>附图表页</translation>
    </message>
    <message>
        <source>Print and save the sheet with a page of charts after it: indicator profile against the department and KPI trends</source>
        <translation>打印和保存考核表时在其后附一页图表：指标得分与部门平均对比、KPI 趋势</translation>
    </message>
    <message>
        <source>  amends #%1: %2</source>
        <translation>  更正 #%1：%2</translation>
    </message>
    <message>
        <source>revision %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <source>(entered by HR)</source>
        <translation>（由人力资源录入）</translation>
    </message>
    <message>
        <source> ✓ submitted</source>
        <translation> ✓ 已提交</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>N/A reason</source>
        <translation>不适用原因</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>总分：—</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>This rater %1 · Total %2 · %3</source>
        <translation>本考评人 %1 · 总分 %2 · %3</translation>
    </message>
</context>
<context>
    <name>AppraisalModels</name>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>考核数</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>超限原因</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>比例上限</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许人数</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>超出人数</translation>
    </message>
</context>
<context>
    <name>AppraisalsPage</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>%1 appraisals</source>
        <translation>共 %1 份考核</translation>
    </message>
    <message>
        <source>Appraisal #%1</source>
        <translation>考核 #%1</translation>
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
    <name>CalibrationPage</name>
    <message>
        <source>Close cycle…</source>
        <translation>关闭考核周期…</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Grade distribution against quotas</source>
        <translation>等级分布与比例上限对照</translation>
    </message>
    <message>
        <source>Over quota: the grades in red exceed the forced distribution</source>
        <translation>超出比例：红色等级超过强制分布比例</translation>
    </message>
    <message>
        <source>Within the quotas</source>
        <translation>均在比例上限内</translation>
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
        <translation>共比较 {count} 项</translation>
    </message>
    <message>
        <source>, {count} n/a</source>
        <translation>，{count} 项不适用</translation>
    </message>
    <message>
        <source>{group}: {total} appraised</source>
        <translation>{group}：已考核 {total} 人</translation>
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
    <name>CreateCycleDialog</name>
    <message>
        <source>New appraisal cycle</source>
        <translation>新建考核周期</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>其他所有人</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>or a position, e.g. CRM系统主管</source>
        <translation>或填写职位，例如 CRM系统主管</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>everyone else</source>
        <translation>其他所有人</translation>
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
    <name>CyclesPage</name>
    <message>
        <source>New cycle…</source>
        <translation>新建考核周期…</translation>
    </message>
    <message>
        <source>Create appraisals</source>
        <translation>生成考核表</translation>
    </message>
    <message>
        <source>One appraisal per active staff member</source>
        <translation>为每位在职员工生成一份考核</translation>
    </message>
    <message>
        <source>Export sheets…</source>
        <translation>导出考核表…</translation>
    </message>
    <message>
        <source>The cycle&apos;s evaluation sheets as PDF</source>
        <translation>将本周期的考核表导出为 PDF</translation>
    </message>
    <message>
        <source>Sheet settings…</source>
        <translation>考核表设置…</translation>
    </message>
    <message>
        <source>Creating appraisals…</source>
        <translation>正在生成考核…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was created</source>
        <translation>已取消：未生成任何考核</translation>
    </message>
    <message>
        <source>Reading appraisals…</source>
        <translation>正在读取考核…</translation>
    </message>
    <message>
        <source>Rendering sheets…</source>
        <translation>正在生成考核表…</translation>
    </message>
    <message>
        <source>Signing sheets…</source>
        <translation>正在签名考核表…</translation>
    </message>
    <message>
        <source>Export cancelled after %1 sheets</source>
        <translation>导出已取消，已完成 %1 份考核表</translation>
    </message>
    <message>
        <source>Exported %1 sheets: %2 files</source>
        <translation>已导出 %1 份考核表：%2 个文件</translation>
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
        <source>Nothing to show: your account is not linked to staff you may see</source>
        <translation>无可显示内容：您的账户未关联到您可查看的员工</translation>
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
    <name>DecimalEdit</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>修改 %2 的%1</translation>
    </message>
    <message>
        <source>Change template %1</source>
        <translation>修改模板%1</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名指标类别</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加指标类别</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>删除指标类别</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>移动指标类别</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加考核指标</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>删除考核指标</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>移动考核指标</translation>
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
    <name>ExportSheetsDialog</name>
    <message>
        <source>Export evaluation sheets of %1</source>
        <translation>导出 %1 的考核表</translation>
    </message>
    <message>
        <source>One PDF per appraisal, in a folder</source>
        <translation>每份考核一个 PDF，保存到文件夹</translation>
    </message>
    <message>
        <source>All sheets in one combined PDF</source>
        <translation>全部考核表合并为一个 PDF</translation>
    </message>
    <message>
        <source>Include chart page after each sheet</source>
        <translation>每份考核表后附图表页</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
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
        <source>The password must have at least {0} characters (it has {1})</source>
        <translation>密码至少需要 {0} 个字符（当前 {1} 个）</translation>
    </message>
    <message>
        <source>The password must use at least 3 different characters</source>
        <translation>密码至少需要包含 3 个不同的字符</translation>
    </message>
    <message>
        <source>The password must differ from the user name</source>
        <translation>密码不能与用户名相同</translation>
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
    <name>IndicatorPanel</name>
    <message>
        <source>Select a category or an indicator in the tree.</source>
        <translation>请在左侧树中选择指标类别或考核指标。</translation>
    </message>
    <message>
        <source>Category (指标类别)</source>
        <translation>指标类别</translation>
    </message>
    <message>
        <source>Weight of its indicators</source>
        <translation>所含指标权重合计</translation>
    </message>
    <message>
        <source>Indicator (考核指标)</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Source (信息来源)</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Appraiser (考评人)</source>
        <translation>考评人</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <source>The category needs a name</source>
        <translation>指标类别需要名称</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <source>1. met</source>
        <translation>1. 达到</translation>
    </message>
    <message>
        <source>2. partly met</source>
        <translation>2. 部分达到</translation>
    </message>
    <message>
        <source>3. not met</source>
        <translation>3. 未达到</translation>
    </message>
    <message>
        <source>1. provided</source>
        <translation>1. 已提供</translation>
    </message>
    <message>
        <source>2. not provided</source>
        <translation>2. 未提供</translation>
    </message>
    <message>
        <source>The value compared with the others of the cycle</source>
        <translation>该数值与本周期其他人员的比较</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Recompute the KPI figures from the CRM data</source>
        <translation>根据 CRM 数据重新计算 KPI 数值</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>reason for N/A</source>
        <translation>不适用原因</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>KPI %1: not computed yet</source>
        <translation>KPI %1：尚未计算</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>KPI</source>
        <translation>KPI 指标</translation>
    </message>
    <message>
        <source>In proportion to a target</source>
        <translation>按目标达成比例</translation>
    </message>
    <message>
        <source>Points by value band</source>
        <translation>按数值区间计分</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Full marks at target x</source>
        <translation>满分对应目标倍数</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>From (≥)</source>
        <translation>下限（≥）</translation>
    </message>
    <message>
        <source>To (&lt;)</source>
        <translation>上限（&lt;）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>满分</translation>
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
    <name>LevelsEditor</name>
    <message>
        <source>Maximum points</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>From</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>To</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Descriptor (考评标准)</source>
        <translation>考评标准</translation>
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
    <name>MetEditor</name>
    <message>
        <source>Points when met</source>
        <translation>达到时得分</translation>
    </message>
    <message>
        <source>Points when partly met</source>
        <translation>部分达到时得分</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <source>Scoring method</source>
        <translation>评分方法</translation>
    </message>
</context>
<context>
    <name>MethodLabels</name>
    <message>
        <source>Levels</source>
        <translation>分档评分</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI 计分</translation>
    </message>
    <message>
        <source>Met / partly / not</source>
        <translation>达到 / 部分达到 / 未达到</translation>
    </message>
    <message>
        <source>Provided or not</source>
        <translation>是否提供</translation>
    </message>
    <message>
        <source>Numeric scale</source>
        <translation>数值量表</translation>
    </message>
    <message>
        <source>Rank in cycle</source>
        <translation>周期内排名</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标制</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>提供制</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
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
    <message>
        <source>Templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Close the cycle over quota</source>
        <translation>超出比例关闭考核周期</translation>
    </message>
    <message>
        <source>Why the quota may be exceeded (recorded)</source>
        <translation>允许超出比例的原因（将被记录）</translation>
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
    <name>ProvidedEditor</name>
    <message>
        <source>Points when provided</source>
        <translation>提供时得分</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Lowest value ranks first</source>
        <translation>数值最低者排第一</translation>
    </message>
    <message>
        <source>Highest value ranks first</source>
        <translation>数值最高者排第一</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Points by position</source>
        <translation>各名次得分</translation>
    </message>
    <message>
        <source>Points for the last</source>
        <translation>其余名次得分</translation>
    </message>
    <message>
        <source>Write numbers separated by commas, e.g. 5, 4</source>
        <translation>请输入以逗号分隔的数字，例如 5, 4</translation>
    </message>
</context>
<context>
    <name>RecordTableEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
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
    <name>RubricTreeModel</name>
    <message>
        <source>Category / indicator</source>
        <translation>指标类别 / 考核指标</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>评分方法</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The category has no name</source>
        <translation>指标类别没有名称</translation>
    </message>
    <message>
        <source>The category has no indicators</source>
        <translation>指标类别下没有考核指标</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Lowest rating</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
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
    <name>SheetActions</name>
    <message>
        <source>No PDF viewer opened %1</source>
        <translation>没有 PDF 阅读器能打开 %1</translation>
    </message>
    <message>
        <source>Save evaluation sheet</source>
        <translation>保存考核表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SheetSettings</name>
    <message>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <source>Password of %1 (kept until you quit)</source>
        <translation>%1 的密码（保留到退出程序）</translation>
    </message>
</context>
<context>
    <name>SheetSettingsDialog</name>
    <message>
        <source>Evaluation sheet settings</source>
        <translation>考核表设置</translation>
    </message>
    <message>
        <source>none: sheets are not signed</source>
        <translation>无：考核表不签名</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>asked once per session, never stored</source>
        <translation>每次运行询问一次，从不保存</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Signing certificate (PKCS#12)</source>
        <translation>签名证书（PKCS#12）</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>证书密码</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>PKCS#12 证书 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
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
    <name>TemplateEditor</name>
    <message>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>考核模板</translation>
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
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Weight total %1 %</source>
        <translation>权重合计 %1 %</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>差 %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>Weight total %1 % (%2)</source>
        <translation>权重合计 %1 %（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Cannot activate yet, %n problem(s):</source>
        <translation>
            <numerusform>尚不能启用，有 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the template can be activated.</source>
        <translation>没有问题：模板可以启用。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Version %1 is used by appraisals and never changes: saving makes a new version.</source>
        <translation>第 %1 版已被考核使用，不会再修改：保存将生成新版本。</translation>
    </message>
    <message>
        <source>Saved as version %1; version %2 stays with the appraisals that use it.</source>
        <translation>已保存为第 %1 版；第 %2 版继续用于已使用它的考核。</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>已保存第 %1 版。</translation>
    </message>
    <message>
        <source>Version %1 is now active.</source>
        <translation>第 %1 版已启用。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to &apos;%1&apos; before closing?</source>
        <translation>关闭前是否保存对“%1”的修改？</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s)</source>
        <translation>
            <numerusform>%n 份考核</numerusform>
        </translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>%1: target %2, %3, full marks at %4 x target</source>
        <translation>%1：目标 %2，%3，达到目标的 %4 倍得满分</translation>
    </message>
    <message>
        <source>Met %1, partly met %2, not met 0</source>
        <translation>达到 %1 分，部分达到 %2 分，未达到 0 分</translation>
    </message>
    <message>
        <source>Provided %1, else 0</source>
        <translation>提供得 %1 分，否则 0 分</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>最低者第一</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>最高者第一</translation>
    </message>
    <message>
        <source>last</source>
        <translation>其余</translation>
    </message>
</context>
<context>
    <name>TemplateSettings</name>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>适用部门</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Result scale</source>
        <translation>结果分值范围</translation>
    </message>
    <message>
        <source>Rater (考评人)</source>
        <translation>考评人</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From total</source>
        <translation>总分下限</translation>
    </message>
    <message>
        <source>At most % of a group</source>
        <translation>占组内比例上限 %</translation>
    </message>
    <message>
        <source>Raters and their weights</source>
        <translation>考评人及权重</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>等级区间</translation>
    </message>
    <message>
        <source>Forced distribution quotas</source>
        <translation>强制分布比例</translation>
    </message>
    <message>
        <source>The template needs a name</source>
        <translation>模板需要名称</translation>
    </message>
    <message>
        <source>Rater weights total %1</source>
        <translation>考评人权重合计 %1</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Unsaved edits of &apos;%1&apos; from %2 UTC were kept when the app stopped.</source>
        <translation>程序停止时保留了“%1”在 %2 UTC 的未保存修改。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新指标类别</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <source>Add category</source>
        <translation>添加指标类别</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加考核指标</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新指标类别</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新考核指标</translation>
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
