<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Remove &amp;demo accounts...</source>
        <translation>删除演示账户(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Unlock a user name...</source>
        <translation>解锁用户名(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>用户管理(&amp;U)...</translation>
    </message>
    <message>
        <source>There are no demo accounts.</source>
        <translation>没有演示账户。</translation>
    </message>
    <message>
        <source>Remove demo accounts</source>
        <translation>删除演示账户</translation>
    </message>
    <message>
        <source>Remove the demo accounts %1? Anyone who has read the README knows their password. Accounts that records name as their author are deactivated instead.</source>
        <translation>删除演示账户 %1？读过 README 的人都知道它们的密码。被记录列为作者的账户将改为停用。</translation>
    </message>
    <message>
        <source>Demo accounts removed: %1; deactivated: %2.</source>
        <translation>已删除的演示账户：%1；已停用：%2。</translation>
    </message>
    <message>
        <source>No user name has failed sign-ins to forget.</source>
        <translation>没有登录失败需要清除的用户名。</translation>
    </message>
    <message>
        <source>Unlock a user name</source>
        <translation>解锁用户名</translation>
    </message>
    <message>
        <source>Failed sign-ins in a row, newest lock first:</source>
        <translation>连续登录失败的用户名（最新锁定在前）：</translation>
    </message>
</context>
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
        <source>Demo accounts can sign in: %1</source>
        <translation>演示账户可以登录：%1</translation>
    </message>
    <message>
        <source>Database readable by other users; fix: %1</source>
        <translation>其他用户可读取数据库；修复：%1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
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
        <source>Separation of duties: you scored this appraisal as the superior, so someone else must take this step</source>
        <translation>职责分离：您已作为直接上级为此考核评分，此步骤须由他人完成</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>总分 %1</translation>
    </message>
    <message>
        <source>This rater %1 · Total %2</source>
        <translation>本考评人 %1 · 总分 %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>AppraisalModels</name>
    <message>
        <source>disagrees</source>
        <translation>不同意</translation>
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
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Provisional: the running score of the ratings so far, final only when the appraisal is finalized</source>
        <translation>暂定：按目前评分计算的得分，考核定稿后才是最终结果</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
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
        <source>Disagreements</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>Appraisals the employee acknowledged with a disagreement (flagged for HR)</source>
        <translation>员工确认时表示不同意的考核(已标记,需人力资源部跟进)</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <source>What you must act on now, in every cycle (the Next step column)</source>
        <translation>各考核周期中现在需要您处理的考评（见“下一步”列）</translation>
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
        <source>Grade</source>
        <translation>等级</translation>
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
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Assign rater…</source>
        <translation>指定评分人…</translation>
    </message>
    <message>
        <source>Appraisal #%1</source>
        <translation>考核 #%1</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>template</source>
        <translation>考评表</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>sign_in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>marketing_source</source>
        <translation>营销来源</translation>
    </message>
    <message>
        <source>import_profile</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>rater_packet</source>
        <translation>评分包</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>open</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>link_staff</source>
        <translation>关联员工</translation>
    </message>
    <message>
        <source>set_password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>remove_demo</source>
        <translation>移除演示账户</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>unseal</source>
        <translation>解除封存</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>填写反馈</translation>
    </message>
    <message>
        <source>refresh_kpis</source>
        <translation>刷新 KPI</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>amend</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>supersede</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>停用模板</translation>
    </message>
    <message>
        <source>create_version</source>
        <translation>创建新版本</translation>
    </message>
    <message>
        <source>install_builtin</source>
        <translation>安装内置模板</translation>
    </message>
    <message>
        <source>mark_in_use</source>
        <translation>标记为使用中</translation>
    </message>
    <message>
        <source>submit_self</source>
        <translation>提交（本人）</translation>
    </message>
    <message>
        <source>submit_superior</source>
        <translation>提交（直接上级）</translation>
    </message>
    <message>
        <source>submit_department_head</source>
        <translation>提交（部门负责人）</translation>
    </message>
    <message>
        <source>submit_hr</source>
        <translation>提交（人力资源）</translation>
    </message>
    <message>
        <source>submit_peer</source>
        <translation>提交（同事）</translation>
    </message>
    <message>
        <source>submit_customer</source>
        <translation>提交（客户）</translation>
    </message>
    <message>
        <source>submit_panel</source>
        <translation>提交（评审小组）</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>应用</translation>
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
    <name>BackgroundJob</name>
    <message>
        <source>This failed because of a bug; a crash report was written.</source>
        <translation>程序缺陷导致此操作失败，已写入错误报告。</translation>
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
    <name>BidderDialog</name>
    <message>
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>One file name a line</source>
        <translation>每行一个文件名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Quoted %1 (%2)</source>
        <translation>报价 %1（%2）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>投标文件</translation>
    </message>
    <message>
        <source>Quoted %1</source>
        <translation>报价 %1</translation>
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
    <message numerus="yes">
        <source>%n appraisal(s) not scored, left out of the distribution and quotas</source>
        <translation>
            <numerusform>未评分 %n 人，不计入等级分布和比例</numerusform>
        </translation>
    </message>
    <message>
        <source>Close cycle %1? No appraisal can be added to it afterwards.</source>
        <translation>关闭考核周期 %1？关闭后不能再添加考核。</translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) of this department not scored</source>
        <translation>
            <numerusform>本部门有 %n 份考核未评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Close cycle</source>
        <translation>关闭考核周期</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>{count} d</source>
        <translation>{count}天</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count}小时</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count}分钟</translation>
    </message>
    <message>
        <source>{low}–{high} d</source>
        <translation>{low}–{high}天</translation>
    </message>
    <message>
        <source>{low}–{high} h</source>
        <translation>{low}–{high}小时</translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation>{low}–{high}分钟</translation>
    </message>
    <message>
        <source>&lt;{duration}</source>
        <translation>&lt;{duration}</translation>
    </message>
    <message>
        <source>≥{duration}</source>
        <translation>≥{duration}</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
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
        <source>n/a: {reason}</source>
        <translation>不适用：{reason}</translation>
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
        <source>{kpi} ({unit})</source>
        <translation>{kpi}（{unit}）</translation>
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
        <source>, {unscored} not scored</source>
        <translation>，未评分 {unscored} 人</translation>
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
        <source>{name}: {total} {grade}</source>
        <translation>{name}：{total} {grade}</translation>
    </message>
    <message>
        <source>{department} average</source>
        <translation>{department}平均</translation>
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
    <name>ComparisonExport</name>
    <message>
        <source>Save the comparison</source>
        <translation>保存对比表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Quoted %1</source>
        <translation>报价 %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Spread between members</source>
        <translation>评委间分差</translation>
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
        <source>A report was written to {path}; it holds no personal data.</source>
        <translation>错误报告已写入 {path}，其中不含个人信息。</translation>
    </message>
    <message>
        <source>No report could be written; copy the details instead.</source>
        <translation>无法写入错误报告，请复制下方详情。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open report folder</source>
        <translation>打开报告所在文件夹</translation>
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
        <source>Separation of duties</source>
        <translation>职责分离</translation>
    </message>
    <message>
        <source>Whoever scores an appraisal as the superior may not also review or finalize it</source>
        <translation>作为直接上级评分的人不得再审核或定稿同一考核</translation>
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
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Deal no.</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门编号</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
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
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Way of contact</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>部门编号</translation>
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
        <source>Loading the charts…</source>
        <translation>正在加载图表…</translation>
    </message>
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
        <source>{name} ({number})</source>
        <translation>{name}（{number}）</translation>
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
    <name>DataKinds</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deals / orders</source>
        <translation>商机/订单</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Marketing spend</source>
        <translation>营销费用</translation>
    </message>
    <message>
        <source>Appraisal results</source>
        <translation>考核结果</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline of %1</source>
        <translation>%1 的截止日期</translation>
    </message>
    <message>
        <source>Sheets are taken until the end of this day (23:59:59, office time).</source>
        <translation>评分表收到当天结束为止（办公地时间 23:59:59）。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
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
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>scoring method</source>
        <translation>评分方法</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>source of information</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>rater</source>
        <translation>考评人</translation>
    </message>
    <message>
        <source>department</source>
        <translation>适用部门</translation>
    </message>
    <message>
        <source>result scale</source>
        <translation>结果分值范围</translation>
    </message>
    <message>
        <source>raters</source>
        <translation>考评人及权重</translation>
    </message>
    <message>
        <source>grade bands</source>
        <translation>等级划分</translation>
    </message>
    <message>
        <source>grade quotas</source>
        <translation>等级比例上限</translation>
    </message>
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
        <source>Import &amp;profiles...</source>
        <translation>导入配置(&amp;P)...</translation>
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
    <name>ExtraRatersBox</name>
    <message>
        <source>Added raters (every template of this cycle)</source>
        <translation>追加考评人（本周期所有模板）</translation>
    </message>
    <message>
        <source>No fixed person: HR enters the sheet</source>
        <translation>不指定具体人员：由人力资源部录入该评分表</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>FiguresStrip</name>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>{period} · {scope}</source>
        <translation>{period} · {scope}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
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
    <name>FilterCombo</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
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
        <source>Create the HR admin for an empty company</source>
        <translation>为空公司创建人力资源管理员</translation>
    </message>
    <message>
        <source>Open a demo company: invented staff and CRM data, and three demo accounts whose password is published</source>
        <translation>打开演示公司：虚构的员工和 CRM 数据，以及三个密码已公开的演示账户</translation>
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
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <source>Import profiles</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Built-in starting points read Salesforce and HubSpot exports and KPM Desktop&apos;s own; save a copy to adjust one to your company&apos;s columns and words.</source>
        <translation>内置起点可读取 Salesforce 与 HubSpot 的导出文件以及 KPM Desktop 自己的导出；另存副本后可按本公司的列名和用语调整。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>Columns and &amp;values (JSON)</source>
        <translation>列与值映射(JSON)(&amp;V)</translation>
    </message>
    <message>
        <source>name of the copy</source>
        <translation>副本名称</translation>
    </message>
    <message>
        <source>Save a &amp;copy</source>
        <translation>另存副本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>built-in starting point</source>
        <translation>内置起点</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>A starting point: save a copy under a name of your own to adjust it.</source>
        <translation>这是内置起点：另存一个自己命名的副本后再调整。</translation>
    </message>
    <message>
        <source>Edit the profile below and save; docs/formats.md describes each entry.</source>
        <translation>在下方编辑配置后保存；各项说明见 docs/formats.md。</translation>
    </message>
    <message>
        <source>Saved a copy as &apos;{0}&apos;.</source>
        <translation>已另存副本“{0}”。</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>该配置</translation>
    </message>
    <message>
        <source>Saved &apos;{0}&apos;.</source>
        <translation>已保存“{0}”。</translation>
    </message>
    <message>
        <source>Removed &apos;{0}&apos;.</source>
        <translation>已删除“{0}”。</translation>
    </message>
    <message>
        <source>Written to {0}.</source>
        <translation>已写入 {0}。</translation>
    </message>
    <message>
        <source>Imported &apos;{0}&apos; from {1}.</source>
        <translation>已从 {1} 导入“{0}”。</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>导入配置文件</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>this import</source>
        <translation>本次导入</translation>
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
        <source>weight %1</source>
        <translation>权重 %1</translation>
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
    <name>IntegrityActions</name>
    <message>
        <source>Check &amp;integrity...</source>
        <translation>完整性检查(&amp;I)...</translation>
    </message>
    <message>
        <source>Check the audit log, the sealed records and the witness, like kpm verify</source>
        <translation>检查审计日志、已封存的记录和见证文件，与 kpm verify 相同</translation>
    </message>
    <message>
        <source>Checking integrity...</source>
        <translation>正在检查完整性...</translation>
    </message>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM 绩效考核</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Integrity check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>问题：{0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>提示：{0}</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>未发现问题。</translation>
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
        <source>Marketing sources…</source>
        <translation>营销来源…</translation>
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
        <source>Whole company</source>
        <translation>全公司</translation>
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
    <message>
        <source>Sign &amp;out / switch user...</source>
        <translation>注销/切换用户(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>Saved as profile &apos;{0}&apos;.</source>
        <translation>已保存为配置“{0}”。</translation>
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
    <message>
        <source>Every column of the file is imported.</source>
        <translation>文件的所有列都会导入。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Not imported: {0}</source>
        <translation>不导入的列：{0}</translation>
    </message>
    <message>
        <source>{0} (did you mean {1}?)</source>
        <translation>{0}（是否指 {1}？）</translation>
    </message>
</context>
<context>
    <name>MarketingSourcesDialog</name>
    <message>
        <source>Marketing sources</source>
        <translation>营销来源</translation>
    </message>
    <message>
        <source>Marketing ROI counts the revenue of customers whose source is a marketing source. By default a source counts when a marketing spend channel has the same name; mark other sources as marketing (with the channel that pays for them) or exclude them.</source>
        <translation>营销投资回报率只计来源为营销来源的客户的销售额。默认情况下，与某个营销费用渠道同名的来源计为营销来源；其他来源可标为营销来源（并指定为其付费的渠道），或排除在外。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>计为</translation>
    </message>
    <message>
        <source>Paid by channel</source>
        <translation>付费渠道</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Marketing ROI per spend channel, {period}</source>
        <translation>各费用渠道的营销投资回报率（{period}）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Sources it pays for</source>
        <translation>所付费的来源</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Marketing ROI</source>
        <translation>营销投资回报率</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Marketing spend channels in the data: {channels}</source>
        <translation>数据中的营销费用渠道：{channels}</translation>
    </message>
    <message>
        <source>Saved: {count} change(s)</source>
        <translation>已保存：{count} 项更改</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销来源</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>counted: a spend channel has this name</source>
        <translation>计入：有同名的费用渠道</translation>
    </message>
    <message>
        <source>counted, paid by {channel}</source>
        <translation>计入，由 {channel} 付费</translation>
    </message>
    <message>
        <source>counted, no paying channel stated</source>
        <translation>计入，未指定付费渠道</translation>
    </message>
    <message>
        <source>not counted: excluded</source>
        <translation>不计入：已排除</translation>
    </message>
    <message>
        <source>not counted: neither marketing nor excluded</source>
        <translation>不计入：既未标为营销来源也未排除</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无渠道）</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Panel member</source>
        <translation>评分小组成员</translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation>例如 50</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>MemberWeightDialog</name>
    <message>
        <source>Weight of %1</source>
        <translation>%1 的权重</translation>
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
        <source>Achievement in per cent</source>
        <translation>完成率（百分比）</translation>
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
    <message>
        <source>Percent</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Lowest rating 0, highest full points: (rating − min) ÷ (max − min)</source>
        <translation>最低分得 0，最高分得满分：(评分 − 最低分) ÷ (最高分 − 最低分)</translation>
    </message>
    <message>
        <source>Rating ÷ maximum (the rule of earlier templates)</source>
        <translation>评分 ÷ 最高分（早期模板的计分规则）</translation>
    </message>
    <message>
        <source>points: (rating − min) ÷ (max − min)</source>
        <translation>计分：(评分 − 最低分) ÷ (最高分 − 最低分)</translation>
    </message>
    <message>
        <source>points: rating ÷ max</source>
        <translation>计分：评分 ÷ 最高分</translation>
    </message>
    <message>
        <source>The value compared with the others of the cycle</source>
        <translation>该数值与本周期其他人员的比较</translation>
    </message>
    <message>
        <source>points: weight × achievement ÷ 100</source>
        <translation>计分：权重 × 完成率 ÷ 100</translation>
    </message>
    <message>
        <source>The achievement in per cent, 0 to 100</source>
        <translation>完成率，0 至 100%</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Selections</source>
        <translation>选型评分</translation>
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
    <name>NewPasswordForm</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>NewSelectionDialog</name>
    <message>
        <source>New selection</source>
        <translation>新建选型评分</translation>
    </message>
    <message>
        <source>e.g. CRM selection 2026</source>
        <translation>例如 2026年CRM选型</translation>
    </message>
    <message>
        <source>Panel members see each other&apos;s sheets before closing</source>
        <translation>结束前评委可互看评分表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>NewUserForm</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Employee number, e.g. E00012 (optional)</source>
        <translation>员工编号，例如 E00012（可不填）</translation>
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
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Linked staff</source>
        <translation>关联员工</translation>
    </message>
</context>
<context>
    <name>OfficeZoneDialog</name>
    <message>
        <source>Office time zone</source>
        <translation>办公时区</translation>
    </message>
    <message>
        <source>Clock times in imported files and forms are read in this zone, KPI periods start at its midnight and times are shown in it. Times already stored keep their moment.</source>
        <translation>导入文件和表单中的时刻按此时区读取，KPI 周期从此时区的零点开始，时间也按此时区显示。已保存的时间保持其原有时刻不变。</translation>
    </message>
    <message>
        <source>Office &amp;time zone...</source>
        <translation>办公时区(&amp;T)...</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Close the cycle anyway</source>
        <translation>例外关闭考核周期</translation>
    </message>
    <message>
        <source>Why the cycle may close as it is (recorded)</source>
        <translation>按现状关闭的理由（将被记录）</translation>
    </message>
</context>
<context>
    <name>PacketPreviewDialog</name>
    <message>
        <source>Returned packets</source>
        <translation>交回的评分包</translation>
    </message>
    <message>
        <source>Packet / appraisal</source>
        <translation>评分包 / 考核</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Apply chosen</source>
        <translation>应用所选</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Already applied: nothing to do</source>
        <translation>已应用过：无需操作</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>%1 appraisals to change, %2 left untouched, %3 files refused</source>
        <translation>%1 份考核将更改，%2 份保持不变，%3 个文件被拒绝</translation>
    </message>
</context>
<context>
    <name>PacketsPanel</name>
    <message>
        <source>Rater packets (offline scoring in Excel or WPS)</source>
        <translation>评分包（在 Excel 或 WPS 中离线评分）</translation>
    </message>
    <message>
        <source>Export packets…</source>
        <translation>导出评分包…</translation>
    </message>
    <message>
        <source>One XLSX per rater of the selected cycle</source>
        <translation>为所选周期的每位考评人生成一个 XLSX 文件</translation>
    </message>
    <message>
        <source>Import packets…</source>
        <translation>导入评分包…</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>交回期限</translation>
    </message>
    <message>
        <source>or drop returned packets here</source>
        <translation>或将交回的评分包拖放到此处</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>考评人</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>交回时间</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Folder for the packets</source>
        <translation>评分包保存文件夹</translation>
    </message>
    <message>
        <source>Writing packets…</source>
        <translation>正在生成评分包…</translation>
    </message>
    <message>
        <source>%1 packets written</source>
        <translation>已生成 %1 个评分包</translation>
    </message>
    <message>
        <source>Returned packets</source>
        <translation>交回的评分包</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking packets…</source>
        <translation>正在检查评分包…</translation>
    </message>
    <message>
        <source>Applying packets…</source>
        <translation>正在应用评分包…</translation>
    </message>
    <message>
        <source>Entered the ratings of %1 appraisals from %2 packets</source>
        <translation>已从 %2 个评分包录入 %1 份考核的评分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>PercentEditor</name>
    <message>
        <source>The rater enters the achievement from 0 to 100 %; the indicator earns weight × achievement ÷ 100.</source>
        <translation>考评人填写 0 至 100% 的完成率；该指标得分 = 权重 × 完成率 ÷ 100。</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>name of the new profile</source>
        <translation>新配置名称</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>保存为配置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>导入配置(&amp;P)</translation>
    </message>
    <message>
        <source>(none: columns matched by their names)</source>
        <translation>（无：按列名匹配）</translation>
    </message>
    <message>
        <source>{0} (built-in starting point)</source>
        <translation>{0}（内置起点）</translation>
    </message>
    <message>
        <source>No profile fits this file&apos;s headers.</source>
        <translation>没有与该文件表头相符的配置。</translation>
    </message>
    <message>
        <source>Picked automatically: the file&apos;s headers fit &apos;{0}&apos;.</source>
        <translation>已自动选用：文件表头与“{0}”相符。</translation>
    </message>
    <message>
        <source>Reading the file with &apos;{0}&apos;.</source>
        <translation>正在按“{0}”读取文件。</translation>
    </message>
</context>
<context>
    <name>ProfileSettingsForm</name>
    <message>
        <source>found out from the file</source>
        <translation>从文件自动识别</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030（GBK）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <source>e.g. %m/%d/%Y; empty: the usual forms</source>
        <translation>例如 %m/%d/%Y；留空：按常见格式识别</translation>
    </message>
    <message>
        <source>e.g. %Y-%m-%d %H:%M</source>
        <translation>例如 %Y-%m-%d %H:%M</translation>
    </message>
    <message>
        <source>the office time zone</source>
        <translation>办公时区</translation>
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
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>XLSX sheet</source>
        <translation>XLSX 工作表</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Date and time format</source>
        <translation>日期时间格式</translation>
    </message>
    <message>
        <source>Time zone of clock times</source>
        <translation>时间所在时区</translation>
    </message>
    <message>
        <source>Staff named by</source>
        <translation>员工引用方式</translation>
    </message>
    <message>
        <source>Customers named by</source>
        <translation>客户引用方式</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
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
    <name>RaterDialog</name>
    <message>
        <source>Assign rater</source>
        <translation>指定评分人</translation>
    </message>
    <message>
        <source>(entered by HR)</source>
        <translation>（由人力资源录入）</translation>
    </message>
    <message>
        <source>Number, name or department</source>
        <translation>工号、姓名或部门</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>No rater sheet of this appraisal is open to assign.</source>
        <translation>本考核没有可指定评分人的评分表。</translation>
    </message>
    <message>
        <source>Choose a sheet and a person.</source>
        <translation>请选择评分表和人员。</translation>
    </message>
</context>
<context>
    <name>RaterRoles</name>
    <message>
        <source>Self</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Direct superior</source>
        <translation>直接上级</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源部</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation>评审小组</translation>
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
    <name>RenameBidderDialog</name>
    <message>
        <source>Rename bidder %1</source>
        <translation>重命名投标人 %1</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <source>Change the role of %1</source>
        <translation>更改 %1 的角色</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
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
    <message>
        <source>Selection panel</source>
        <translation>选型评委</translation>
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
        <source>Points</source>
        <translation>计分规则</translation>
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
    <name>ScoreSheetDialog</name>
    <message>
        <source>Score a bidder: %1</source>
        <translation>为投标人评分：%1</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Ranked from the quoted figures, not rated: %1</source>
        <translation>按各投标人报价排名得分，无需评分：%1</translation>
    </message>
    <message>
        <source>comment on the whole sheet</source>
        <translation>对整张评分表的意见</translation>
    </message>
    <message>
        <source>&amp;Submit sheet</source>
        <translation>提交评分表(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SelectionsPage</name>
    <message>
        <source>Selection</source>
        <translation>选型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>投标人数</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>评委数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>投标文件</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>已交评分表</translation>
    </message>
    <message>
        <source>&amp;Bidders</source>
        <translation>投标人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>评分小组(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>对比表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>新建(&amp;N)...</translation>
    </message>
    <message>
        <source>Bi&amp;dder...</source>
        <translation>投标人(&amp;D)...</translation>
    </message>
    <message>
        <source>Panel &amp;member...</source>
        <translation>评委(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Start scoring</source>
        <translation>开始评分(&amp;S)</translation>
    </message>
    <message>
        <source>Sc&amp;ore...</source>
        <translation>评分(&amp;O)...</translation>
    </message>
    <message>
        <source>C&amp;lose scoring</source>
        <translation>结束评分(&amp;L)</translation>
    </message>
    <message>
        <source>Si&amp;gned today</source>
        <translation>今日已签字(&amp;G)</translation>
    </message>
    <message>
        <source>Record that the panel signed the printed comparison today</source>
        <translation>记录评分小组已于今日在打印的对比表上签字</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX...</source>
        <translation>导出 XLSX(&amp;X)...</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>保存 PDF(&amp;P)...</translation>
    </message>
    <message>
        <source>Change &amp;deadline...</source>
        <translation>修改截止日期(&amp;D)...</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Only your own sheets are shown until the selection is closed.</source>
        <translation>评分结束前只显示您自己的评分表。</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Deadline %1 has passed (office time): panel members can no longer submit sheets; HR can extend it or close the scoring.</source>
        <translation>截止日期 %1 已过（办公地时间）：评委不能再提交评分表；人力资源可延长截止日期或结束评分。</translation>
    </message>
    <message>
        <source>Sheets are taken until the end of %1 (office time).</source>
        <translation>评分表收到 %1 当天结束为止（办公地时间）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Close the other open windows (appraisal forms, editors, dialogs) and choose the language again to switch now; otherwise it changes at the next start.</source>
        <translation>请先关闭其他已打开的窗口（考核表、编辑器、对话框），再重新选择语言即可立即切换；否则将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>&amp;Rename...</source>
        <translation>重命名(&amp;R)...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Weight...</source>
        <translation>权重(&amp;W)...</translation>
    </message>
    <message>
        <source>Remove bidder %1 from selection %2?</source>
        <translation>从选型 %2 中删除投标人 %1？</translation>
    </message>
    <message>
        <source>Remove bidder %1 from selection %2? Its %3 sheet(s) are dropped and the prices of the others ranked again. This cannot be undone.</source>
        <translation>从选型 %2 中删除投标人 %1？其 %3 份评分表将被删除，其余投标人的报价重新排名。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove bidder</source>
        <translation>删除投标人</translation>
    </message>
    <message>
        <source>Remove %1 from the panel of selection %2? The weights must total 100 again before the scoring can be closed.</source>
        <translation>将 %1 移出选型 %2 的评分小组？结束评分前，权重合计须重新为 100。</translation>
    </message>
    <message>
        <source>Remove %1 from the panel of selection %2? Their %3 sheet(s) are dropped. The weights must total 100 again before the scoring can be closed. This cannot be undone.</source>
        <translation>将 %1 移出选型 %2 的评分小组？其 %3 份评分表将被删除。结束评分前，权重合计须重新为 100。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove panel member</source>
        <translation>移除评委</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
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
    <name>SheetCheckActions</name>
    <message>
        <source>&amp;Verify a printed sheet...</source>
        <translation>核验打印的考评表(&amp;V)...</translation>
    </message>
</context>
<context>
    <name>SheetCheckDialog</name>
    <message>
        <source>Verify a printed sheet</source>
        <translation>核验打印的考评表</translation>
    </message>
    <message>
        <source>Drop an evaluation sheet PDF here, or choose one. Its content is compared with the record, the audit chain head it printed is looked up, and a signature is validated.</source>
        <translation>把考评表 PDF 拖到这里，或选择一个文件。将把其内容与记录比对，查验其打印的审计链头，并验证签名。</translation>
    </message>
    <message>
        <source>Choose PDF...</source>
        <translation>选择 PDF...</translation>
    </message>
    <message>
        <source>Choose a printed sheet</source>
        <translation>选择打印的考评表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Checking {0}...</source>
        <translation>正在核验 {0}...</translation>
    </message>
    <message>
        <source>{0} matches the record.</source>
        <translation>{0} 与记录一致。</translation>
    </message>
    <message>
        <source>{0} does NOT match the record.</source>
        <translation>{0} 与记录不一致！</translation>
    </message>
    <message>
        <source>{0} names an appraisal the database does not have.</source>
        <translation>{0} 所指的考评在数据库中不存在。</translation>
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
    <message>
        <source>scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>StepConfirmation</name>
    <message>
        <source>Don&apos;t ask before submit and review</source>
        <translation>提交和审核前不再询问</translation>
    </message>
    <message>
        <source>I agree with this appraisal</source>
        <translation>我同意本次考核结果</translation>
    </message>
    <message>
        <source>I disagree (HR is told)</source>
        <translation>我不同意（将通知人力资源部）</translation>
    </message>
    <message>
        <source>Your comment (optional)</source>
        <translation>您的意见（可选）</translation>
    </message>
    <message>
        <source>Total and grade: %1</source>
        <translation>总分与等级：%1</translation>
    </message>
    <message>
        <source>Not rated yet: %1</source>
        <translation>尚未评分：%1</translation>
    </message>
    <message>
        <source>N/A: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <source>Submit this sheet?</source>
        <translation>提交此评分表？</translation>
    </message>
    <message>
        <source>Review this appraisal?</source>
        <translation>审核此考核？</translation>
    </message>
    <message>
        <source>Finalize this appraisal?</source>
        <translation>定稿此考核？</translation>
    </message>
    <message>
        <source>Acknowledge this appraisal?</source>
        <translation>确认此考核？</translation>
    </message>
    <message>
        <source>Your sheet is handed on and can no longer be changed by you.</source>
        <translation>您的评分表将被提交，之后您不能再修改。</translation>
    </message>
    <message>
        <source>The appraisal is handed on to be finalized.</source>
        <translation>考核将转交定稿。</translation>
    </message>
    <message>
        <source>The result is stored, locked and sealed; only an amendment (a new revision with a reason) can correct it afterwards.</source>
        <translation>结果将被保存、锁定并封存；之后只能通过修正（附理由的新版本）更改。</translation>
    </message>
    <message>
        <source>You confirm that you have seen your finalized appraisal; say whether you agree. It is sealed with your answer.</source>
        <translation>您确认已阅读定稿的考核结果，请说明是否同意。您的答复将一并封存。</translation>
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
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Search every column shown (Ctrl+F)</source>
        <translation>搜索所显示的各列（Ctrl+F）</translation>
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
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>matching “{search}”</source>
        <translation>（匹配“{search}”）</translation>
    </message>
    <message>
        <source>(filtered)</source>
        <translation>（已筛选）</translation>
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
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Show or hide the preview of the printed sheet</source>
        <translation>显示或隐藏打印表的预览</translation>
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
        <source>Achievement 0–100 %: weight × achievement ÷ 100</source>
        <translation>完成率 0–100%：得分 = 权重 × 完成率 ÷ 100</translation>
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
    <name>UnmappedValuesBox</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>映射为</translation>
    </message>
    <message>
        <source>&amp;Map these values and check again</source>
        <translation>映射这些值并重新检查(&amp;M)</translation>
    </message>
    <message>
        <source>{0} value(s) of the file are in no value map. Say what they become, or leave them: a refused value keeps the file from being imported.</source>
        <translation>文件中有 {0} 个值不在任何值映射中。请指定它们映射为什么，或保持不变：被拒绝的值会使整个文件无法导入。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>kept as written</source>
        <translation>按原值保留</translation>
    </message>
    <message>
        <source>default used</source>
        <translation>已用默认值</translation>
    </message>
    <message>
        <source>{0} from row {1}, {2}</source>
        <translation>{0} 行，首见于第 {1} 行，{2}</translation>
    </message>
    <message>
        <source>(leave it)</source>
        <translation>（保持不变）</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>{source}: ratings.{code}.na_reason must be text</source>
        <translation>{source}：ratings.{code}.na_reason 必须是文本</translation>
    </message>
    <message>
        <source>{ratings}: give the ratings of one rater (found {count})</source>
        <translation>{ratings}：只能给出一位考评人的评分（找到 {count} 位）</translation>
    </message>
    <message>
        <source>{file}: rater {role}: {problem}</source>
        <translation>{file}：考评人 {role}：{problem}</translation>
    </message>
    <message>
        <source>{problem}. You may now: {allowed}</source>
        <translation>{problem}。您现在可以：{allowed}</translation>
    </message>
    <message>
        <source>Name the sheet to submit with --rater (yours open: {listed})</source>
        <translation>请用 --rater 指定要提交的评分表（您未提交的有：{listed}）</translation>
    </message>
    <message>
        <source>This command needs a signed-in user: pass --user NAME (or set KPM_USER); the password comes from KPM_PASSWORD or a prompt</source>
        <translation>此命令需要已登录的用户：请传入 --user NAME（或设置 KPM_USER）；密码取自 KPM_PASSWORD 或提示输入</translation>
    </message>
    <message>
        <source>--template {spec}: the version after &apos;:&apos; must be a number</source>
        <translation>--template {spec}：&apos;:&apos; 后的版本必须是数字</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (byte {start})</source>
        <translation>{path}：不是 UTF-8 文本（第 {start} 字节）</translation>
    </message>
    <message>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}：无法读取：{reason}</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}：无法写入：{reason}</translation>
    </message>
    <message>
        <source>kpm kpi needs --period (e.g. 2026Q3), or --list</source>
        <translation>kpm kpi 需要 --period（如 2026Q3）或 --list</translation>
    </message>
    <message>
        <source>--staff gives a staff row: leave out --level or use --department</source>
        <translation>--staff 给出的是员工行：请去掉 --level 或改用 --department</translation>
    </message>
    <message>
        <source>kpm pdf --appraisal ID needs --out FILE.pdf (and no --combined)</source>
        <translation>kpm pdf --appraisal ID 需要 --out FILE.pdf（且不能用 --combined）</translation>
    </message>
    <message>
        <source>kpm pdf --cycle PERIOD needs --out DIR and/or --combined FILE.pdf</source>
        <translation>kpm pdf --cycle PERIOD 需要 --out DIR 和/或 --combined FILE.pdf</translation>
    </message>
    <message>
        <source>--sign-password-env is given without --sign-p12 FILE</source>
        <translation>给出了 --sign-password-env，却没有 --sign-p12 FILE</translation>
    </message>
    <message>
        <source>--sign-p12 needs --sign-password-env VAR (the password&apos;s variable)</source>
        <translation>--sign-p12 需要 --sign-password-env VAR（存放密码的环境变量）</translation>
    </message>
    <message>
        <source>--sign-password-env {sign_password_env}: that environment variable is not set</source>
        <translation>--sign-password-env {sign_password_env}：该环境变量未设置</translation>
    </message>
    <message>
        <source>--sign-p12 {path}: no such file</source>
        <translation>--sign-p12 {path}：文件不存在</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file}：{problems}</translation>
    </message>
    <message>
        <source>The two passwords typed for {username} differ</source>
        <translation>为 {username} 输入的两次密码不一致</translation>
    </message>
    <message>
        <source>The database has no HR admin yet; create one first with `kpm user add NAME --role hr_admin`</source>
        <translation>数据库中还没有人力资源管理员；请先用 `kpm user add NAME --role hr_admin` 创建</translation>
    </message>
    <message>
        <source>User {user} with role {role} may not {permission} on {record}</source>
        <translation>角色为 {role} 的用户 {user} 无权对{record}执行 {permission}</translation>
    </message>
    <message>
        <source>User {user} with role {role} may not {permission}</source>
        <translation>角色为 {role} 的用户 {user} 无权执行 {permission}</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters (it has {length})</source>
        <translation>密码至少需要 {minimum} 个字符（当前 {length} 个）</translation>
    </message>
    <message>
        <source>The password must use at least 3 different characters</source>
        <translation>密码至少要包含 3 个不同的字符</translation>
    </message>
    <message>
        <source>The password must differ from the user name</source>
        <translation>密码不能与用户名相同</translation>
    </message>
    <message>
        <source>Unknown role &apos;{text}&apos;; choose one of {roles}</source>
        <translation>未知角色“{text}”；请从以下选择：{roles}</translation>
    </message>
    <message>
        <source>Appraisal {label} is superseded by a later revision and cannot be changed</source>
        <translation>考核 {label} 已被后续修订取代，不能再修改</translation>
    </message>
    <message>
        <source>Appraisal {label} is {state} and locked; correct it with an amendment (a new revision with a reason)</source>
        <translation>考核 {label} 状态为{state}，已锁定；如需更正，请提交更正（附原因的新修订）</translation>
    </message>
    <message>
        <source>Appraisal {label} is {state}; it must be {wanted} to {action} it</source>
        <translation>考核 {label} 当前为{state}；须为{wanted}状态才能{action}</translation>
    </message>
    <message>
        <source>An amendment needs a reason: say what is corrected and why</source>
        <translation>更正需要填写原因：说明更正了什么以及为什么</translation>
    </message>
    <message>
        <source>{serial:g} is outside Excel&apos;s date range</source>
        <translation>{serial:g} 超出 Excel 的日期范围</translation>
    </message>
    <message>
        <source>bad date: {reason}</source>
        <translation>日期无效：{reason}</translation>
    </message>
    <message>
        <source>bad date: use 2026-07-01, 2026/7/1 or 2026年7月1日</source>
        <translation>日期无效：请使用 2026-07-01、2026/7/1 或 2026年7月1日</translation>
    </message>
    <message>
        <source>bad time: use 09:30 or 09:30:00</source>
        <translation>时间无效：请使用 09:30 或 09:30:00</translation>
    </message>
    <message>
        <source>bad time: {reason}</source>
        <translation>时间无效：{reason}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <source>not an amount: write 1234.50, 1,234.50 or ¥1,234.50 (commas between groups of three digits, one currency sign)</source>
        <translation>不是金额：请写 1234.50、1,234.50 或 ¥1,234.50（逗号只分隔三位一组的数字，最多一个货币符号）</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>not yes/no: use 是/否, yes/no or 1/0</source>
        <translation>不是“是/否”：请使用 是/否、yes/no 或 1/0</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>before {other} {value}</source>
        <translation>早于{other} {value}</translation>
    </message>
    <message>
        <source>after {other} {value}</source>
        <translation>晚于{other} {value}</translation>
    </message>
    <message>
        <source>required when {other} is {value}</source>
        <translation>{other}为 {value} 时必填</translation>
    </message>
    <message>
        <source>must be empty when {other} is {value}</source>
        <translation>{other}为 {value} 时必须为空</translation>
    </message>
    <message>
        <source>give {first} or {second}, exactly one of them</source>
        <translation>{first}和{second}须填且只填其一</translation>
    </message>
    <message>
        <source>makes a cycle: {path}</source>
        <translation>形成循环：{path}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>unknown value; allowed: {allowed}</source>
        <translation>未知取值；允许的取值：{allowed}</translation>
    </message>
    <message>
        <source>negative amount</source>
        <translation>金额为负数</translation>
    </message>
    <message>
        <source>less than {minimum}</source>
        <translation>小于 {minimum}</translation>
    </message>
    <message>
        <source>greater than {maximum}</source>
        <translation>大于 {maximum}</translation>
    </message>
    <message>
        <source>row {row}, column {column}, value &apos;{value}&apos;: {reason}</source>
        <translation>第 {row} 行，“{column}”列，值“{value}”：{reason}</translation>
    </message>
    <message>
        <source>row {row}, column {column}, value (empty): {reason}</source>
        <translation>第 {row} 行，“{column}”列，值（空）：{reason}</translation>
    </message>
    <message>
        <source>The file has no column for: {names}</source>
        <translation>文件中缺少以下列：{names}</translation>
    </message>
    <message>
        <source>required value missing</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <source>{indicator}: unknown level &apos;{level}&apos;; expected one of {names}</source>
        <translation>{indicator}：未知档次“{level}”；应为以下之一：{names}</translation>
    </message>
    <message>
        <source>{indicator}: a level or a score is needed</source>
        <translation>{indicator}：需要选择档次或填写分数</translation>
    </message>
    <message>
        <source>{indicator}: score {score} is in no level&apos;s range</source>
        <translation>{indicator}：分数 {score} 不在任何档次的范围内</translation>
    </message>
    <message>
        <source>{indicator}: score {score} is outside level {name} ({lo}-{hi})</source>
        <translation>{indicator}：分数 {score} 超出档次 {name} 的范围（{lo}-{hi}）</translation>
    </message>
    <message>
        <source>{indicator}: no value for KPI {key}</source>
        <translation>{indicator}：KPI {key} 没有数值</translation>
    </message>
    <message>
        <source>{indicator}: KPI target {target} and cap {cap} must be above 0</source>
        <translation>{indicator}：KPI 目标 {target} 和封顶倍数 {cap} 必须大于 0</translation>
    </message>
    <message>
        <source>{indicator}: say whether it is met (full/partial/none)</source>
        <translation>{indicator}：请说明达成情况（完全/部分/未达成）</translation>
    </message>
    <message>
        <source>{indicator}: say whether it is provided</source>
        <translation>{indicator}：请说明是否提供</translation>
    </message>
    <message>
        <source>{indicator}: a score is needed</source>
        <translation>{indicator}：需要填写分数</translation>
    </message>
    <message>
        <source>{indicator}: score {score} is outside the scale {min_value}-{max_value}</source>
        <translation>{indicator}：分数 {score} 超出量表范围 {min_value}-{max_value}</translation>
    </message>
    <message>
        <source>{indicator}: a value or a rank is needed</source>
        <translation>{indicator}：需要填写数值或名次</translation>
    </message>
    <message>
        <source>{indicator}: value {rating} is not among the values compared ({count} given)</source>
        <translation>{indicator}：数值 {rating} 不在参与比较的数值之中（共 {count} 个）</translation>
    </message>
    <message>
        <source>{indicator}: rank {position} is below 1</source>
        <translation>{indicator}：名次 {position} 小于 1</translation>
    </message>
    <message>
        <source>{source}: line {lineno} column {colno}: not valid JSON ({reason})</source>
        <translation>{source}：第 {lineno} 行第 {colno} 列：不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <source>{source}: {name} is not a number JSON allows</source>
        <translation>{source}：{name} 不是 JSON 允许的数字</translation>
    </message>
    <message>
        <source>{source}: the key &apos;{key}&apos; appears twice in one object</source>
        <translation>{source}：同一对象中键“{key}”出现了两次</translation>
    </message>
    <message>
        <source>{source}: the key &apos;{key}&apos; appears twice in one object (with {keys})</source>
        <translation>{source}：同一对象中键“{key}”出现了两次（同一对象中还有 {keys}）</translation>
    </message>
    <message>
        <source>{source}: line {lineno} column {colno}: nested deeper than {limit} levels</source>
        <translation>{source}：第 {lineno} 行第 {colno} 列：嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>{file}: {path}: {problem}</source>
        <translation>{file}：{path}：{problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>应为对象，实际是{kind}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>应为列表，实际是{kind}</translation>
    </message>
    <message>
        <source>expected text, found {kind}</source>
        <translation>应为文本，实际是{kind}</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>应为数字，实际是{kind}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation>“{value}”不是有限数字</translation>
    </message>
    <message>
        <source>expected a whole number, found {number}</source>
        <translation>应为整数，实际是 {number}</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>应为 true 或 false，实际是{kind}</translation>
    </message>
    <message>
        <source>unknown {what} &apos;{text}&apos;; expected one of {choices}</source>
        <translation>未知的 {what}“{text}”；应为以下之一：{choices}</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>text &apos;{text}&apos;</source>
        <translation>文本“{text}”</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <translation>数字 {number}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a KPI; known KPIs: {known}</source>
        <translation>“{key}”不是 KPI；已有的 KPI：{known}</translation>
    </message>
    <message>
        <source>target value &apos;{value}&apos; is not a number</source>
        <translation>目标值“{value}”不是数字</translation>
    </message>
    <message>
        <source>target value &apos;{value}&apos; must be 0 or more</source>
        <translation>目标值“{value}”必须大于或等于 0</translation>
    </message>
    <message>
        <source>a target needs either a staff no. or a department</source>
        <translation>目标需要指定工号或部门之一</translation>
    </message>
    <message>
        <source>customer source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>spend channel</source>
        <translation>费用渠道</translation>
    </message>
    <message>
        <source>An excluded source &apos;{source}&apos; has no paying channel</source>
        <translation>已排除的来源“{source}”不能有付费渠道</translation>
    </message>
    <message>
        <source>Marketing ROI leaves out the customer sources {sources}: they are neither marketing sources nor excluded (set them under Marketing sources, or with kpm marketing)</source>
        <translation>营销投资回报率未计入客户来源 {sources}：这些来源既未标为营销来源也未排除（请在“营销来源”中设置，或使用 kpm marketing）</translation>
    </message>
    <message>
        <source>A {what} needs a name</source>
        <translation>{what}需要名称</translation>
    </message>
    <message>
        <source>The {what} &apos;{name}&apos; is longer than {limit} characters</source>
        <translation>{what}“{name}”超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone: use an IANA name such as Asia/Shanghai or UTC</source>
        <translation>“{name}”不是有效时区：请使用 IANA 名称，如 Asia/Shanghai 或 UTC</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: use 2026Q3 (quarter), 2026-07 (month), 2026H1 (half-year) or 2026 (year)</source>
        <translation>“{text}”不是有效周期：请使用 2026Q3（季度）、2026-07（月）、2026H1（半年）或 2026（年）</translation>
    </message>
    <message>
        <source>unknown field &apos;{unknown}&apos;; expected some of {fields}</source>
        <translation>未知字段“{unknown}”；应为以下字段：{fields}</translation>
    </message>
    <message>
        <source>expected &apos;{format}&apos;</source>
        <translation>应为“{format}”</translation>
    </message>
    <message>
        <source>{source}: rater {role} weight {weight} differs from the template&apos;s {expected}</source>
        <translation>{source}：考评人 {role} 的权重 {weight} 与模板中的 {expected} 不一致</translation>
    </message>
    <message>
        <source>unknown KPI mode &apos;{mode}&apos;; expected linear or bands</source>
        <translation>未知的 KPI 计分方式“{mode}”；应为 linear 或 bands</translation>
    </message>
    <message>
        <source>format version {version} is not one this KPM Desktop reads (1-{latest})</source>
        <translation>格式版本 {version} 不是本版 KPM Desktop 能读取的版本（1-{latest}）</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>indicator weights</source>
        <translation>指标权重</translation>
    </message>
    <message>
        <source>rater weights</source>
        <translation>考评人权重</translation>
    </message>
    <message>
        <source>{what} total {total}, {gap} short of 100</source>
        <translation>{what}合计 {total}，距 100 还差 {gap}</translation>
    </message>
    <message>
        <source>{what} total {total}, {gap} over 100</source>
        <translation>{what}合计 {total}，超出 100 共 {gap}</translation>
    </message>
    <message>
        <source>maximum points {max_points} must be above 0</source>
        <translation>满分 {max_points} 必须大于 0</translation>
    </message>
    <message>
        <source>needs at least one level</source>
        <translation>至少需要一个档次</translation>
    </message>
    <message>
        <source>level name &apos;{name}&apos; is empty or used {count} times</source>
        <translation>档次名称“{name}”为空或使用了 {count} 次</translation>
    </message>
    <message>
        <source>level {name} range {lo}-{hi}</source>
        <translation>档次 {name} 的范围 {lo}-{hi}</translation>
    </message>
    <message>
        <source>{span} runs backwards</source>
        <translation>{span}上下限颠倒</translation>
    </message>
    <message>
        <source>{span} is outside the indicator maximum 0-{max_points}</source>
        <translation>{span}超出指标的分值范围 0-{max_points}</translation>
    </message>
    <message>
        <source>level {name} ({lo}-{hi}) overlaps level {name2} ({lo2}-{hi2})</source>
        <translation>档次 {name}（{lo}-{hi}）与档次 {name2}（{lo2}-{hi2}）重叠</translation>
    </message>
    <message>
        <source>KPI key &apos;{key}&apos; is not a key like win_rate</source>
        <translation>KPI 键“{key}”格式不对，应形如 win_rate</translation>
    </message>
    <message>
        <source>KPI target is 0: {kpi_key} needs a target to measure against</source>
        <translation>KPI 目标为 0：{kpi_key} 需要一个可对照的目标</translation>
    </message>
    <message>
        <source>KPI target {target} must be above 0</source>
        <translation>KPI 目标 {target} 必须大于 0</translation>
    </message>
    <message>
        <source>cap {cap} must be above 0</source>
        <translation>封顶倍数 {cap} 必须大于 0</translation>
    </message>
    <message>
        <source>needs at least one value band</source>
        <translation>至少需要一个数值区间</translation>
    </message>
    <message>
        <source>band {name} gives {points} points, outside 0-{max_points}</source>
        <translation>区间 {name} 给 {points} 分，超出 0-{max_points}</translation>
    </message>
    <message>
        <source>band {name} from {lo} to {hi} is empty</source>
        <translation>区间 {name}（从 {lo} 到 {hi}）为空</translation>
    </message>
    <message>
        <source>bands {name} and {name2} overlap</source>
        <translation>区间 {name} 与 {name2} 重叠</translation>
    </message>
    <message>
        <source>partial points {partial_points} are outside 0-{max_points}</source>
        <translation>部分达成得分 {partial_points} 超出 0-{max_points}</translation>
    </message>
    <message>
        <source>scale {min_value}-{max_value} must run upwards from 0 or more</source>
        <translation>量表 {min_value}-{max_value} 必须从 0 或以上由小到大</translation>
    </message>
    <message>
        <source>band {name} ({lo}-{hi}) is outside the scale {min_value}-{max_value}</source>
        <translation>区间 {name}（{lo}-{hi}）超出量表 {min_value}-{max_value}</translation>
    </message>
    <message>
        <source>needs points for at least the first position</source>
        <translation>至少需要给出第一名的分数</translation>
    </message>
    <message>
        <source>Name the cycle with --cycle PERIOD, or list what waits for you with --mine</source>
        <translation>请用 --cycle PERIOD 指定考核周期，或用 --mine 列出待您处理的考评</translation>
    </message>
    <message>
        <source>--comment goes with --agree or --disagree</source>
        <translation>--comment 须与 --agree 或 --disagree 一起使用</translation>
    </message>
    <message>
        <source>--add-rater {spec}: the role must be one of {roles}</source>
        <translation>--add-rater {spec}：角色必须是 {roles} 之一</translation>
    </message>
    <message>
        <source>--add-rater {spec}: give the weight after &apos;:&apos; as a number, e.g. self:20</source>
        <translation>--add-rater {spec}：&apos;:&apos; 之后的权重须为数字，例如 self:20</translation>
    </message>
    <message>
        <source>--deadline {text}: give the date as YYYY-MM-DD</source>
        <translation>--deadline {text}：日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“{text}”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{spec}: write a panel member as USER:WEIGHT</source>
        <translation>{spec}：评委请写成 用户名:权重</translation>
    </message>
    <message>
        <source>--price needs a template with one ranked indicator; use --figure CODE=AMOUNT</source>
        <translation>--price 需要评分标准中只有一个排名指标；请用 --figure 代码=金额</translation>
    </message>
    <message>
        <source>--rename changes only the name: give the contact, bid and documents separately</source>
        <translation>--rename 只更改名称：联系人、报价和投标文件请另行给出</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not a number</source>
        <translation>{what}：“{text}”不是数字</translation>
    </message>
    <message>
        <source>{option} {spec}: write it as CODE=VALUE</source>
        <translation>{option} {spec}：请写成 代码=值</translation>
    </message>
    <message>
        <source>{code} is rated twice</source>
        <translation>{code} 评了两次</translation>
    </message>
    <message>
        <source>Template {template} has no indicators {codes}</source>
        <translation>评分标准 {template} 没有指标 {codes}</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not full, partial or none</source>
        <translation>{where}：“{value}”不是 full（满足）、partial（部分满足）或 none（不满足）</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not yes or no</source>
        <translation>{where}：“{value}”不是 yes（能提供）或 no（不能提供）</translation>
    </message>
    <message>
        <source>the chain head names entry {head} with hash {head_hash}…, but the log ends at entry {last} with hash {last_hash}… (entries removed from the end, or the head was changed)</source>
        <translation>审计链头指向条目 {head}（哈希值 {head_hash}…），但日志止于条目 {last}（哈希值 {last_hash}…）（末尾的条目被删除，或链头被改动）</translation>
    </message>
    <message>
        <source>entry ids jump from {previous} to {entry} (entries missing or renumbered)</source>
        <translation>条目编号从 {previous} 跳到 {entry}（有条目缺失或被重新编号）</translation>
    </message>
    <message>
        <source>prev_hash {prev_hash}… does not match the hash of entry {previous} ({previous_hash}…)</source>
        <translation>前一哈希值 {prev_hash}… 与条目 {previous} 的哈希值（{previous_hash}…）不符</translation>
    </message>
    <message>
        <source>stored hash {stored}… does not match its content (computed {actual}…): a field was changed</source>
        <translation>存储的哈希值 {stored}… 与其内容不符（计算得 {actual}…）：有字段被改动</translation>
    </message>
    <message>
        <source>A template without raters cannot share its weight</source>
        <translation>模板没有考评人，无法分摊权重</translation>
    </message>
    <message>
        <source>A cycle can add a self, department head or peer rater, not {role}</source>
        <translation>考核周期只能追加本人、部门负责人或同事作为考评人，不能追加{role}</translation>
    </message>
    <message>
        <source>The rater {role} is there already; add each rater once</source>
        <translation>考评人{role}已存在；每个考评人只能追加一次</translation>
    </message>
    <message>
        <source>The weight of the added rater {role} is {weight}; give more than 0 and less than 100</source>
        <translation>追加考评人{role}的权重为 {weight}；请填写大于 0 且小于 100 的数</translation>
    </message>
    <message>
        <source>The added raters weigh {weight} together; leave the template&apos;s raters some of 100</source>
        <translation>追加考评人的权重合计 {weight}；须为模板原有考评人留出部分权重（总计 100）</translation>
    </message>
    <message>
        <source>unknown version; this program reads version 1</source>
        <translation>未知版本；本程序读取版本 1</translation>
    </message>
    <message>
        <source>a name of 1 to {limit} characters</source>
        <translation>名称须为 1 至 {limit} 个字符</translation>
    </message>
    <message>
        <source>a profile maps at least one column</source>
        <translation>配置至少要映射一列</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a date format</source>
        <translation>“{format}”不是日期格式</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone</source>
        <translation>“{name}”不是时区</translation>
    </message>
    <message>
        <source>unknown encoding &apos;{name}&apos;</source>
        <translation>未知编码“{name}”</translation>
    </message>
    <message>
        <source>a delimiter is one character</source>
        <translation>分隔符须为一个字符</translation>
    </message>
    <message>
        <source>rows count from 1</source>
        <translation>行号从 1 开始</translation>
    </message>
    <message>
        <source>{file}: the profile &apos;{profile}&apos; no longer fits this file: it has no column {columns}</source>
        <translation>{file}：配置“{profile}”已不适用于该文件：文件中没有列 {columns}</translation>
    </message>
    <message>
        <source>profile &apos;{profile}&apos;: the field &apos;{field}&apos; is fed by two columns</source>
        <translation>配置“{profile}”：字段“{field}”被两列同时映射</translation>
    </message>
    <message>
        <source>profile &apos;{profile}&apos;: &apos;{value}&apos; is not a value of {field}; use one of {allowed}</source>
        <translation>配置“{profile}”：“{value}”不是 {field} 的取值；请使用 {allowed} 之一</translation>
    </message>
    <message>
        <source>profile &apos;{profile}&apos;: &apos;{field}&apos; is not a field of {kind}; use one of {fields}</source>
        <translation>配置“{profile}”：“{field}”不是 {kind} 的字段；请使用 {fields} 之一</translation>
    </message>
    <message>
        <source>{indicator}: an achievement in per cent is needed</source>
        <translation>{indicator}：需要填写完成率（百分比）</translation>
    </message>
    <message>
        <source>{indicator}: achievement {achieved} % is outside 0-100</source>
        <translation>{indicator}：完成率 {achieved}% 超出 0-100 的范围</translation>
    </message>
    <message>
        <source>rank points must not be negative</source>
        <translation>排名得分不能为负数</translation>
    </message>
    <message>
        <source>some rank position must earn points</source>
        <translation>至少要有一个名次能得分</translation>
    </message>
    <message>
        <source>sheet {sheet} is missing</source>
        <translation>缺少工作表 {sheet}</translation>
    </message>
    <message>
        <source>sheet {sheet} was added</source>
        <translation>新增了工作表 {sheet}</translation>
    </message>
    <message>
        <source>{cell}: exported &apos;{exported}&apos;, the file holds &apos;{found}&apos;</source>
        <translation>{cell}：导出时为“{exported}”，文件中为“{found}”</translation>
    </message>
    <message>
        <source>{file}, {cell}: {problem} (value &apos;{value}&apos;)</source>
        <translation>{file}，{cell}：{problem}（值“{value}”）</translation>
    </message>
    <message>
        <source>unknown level; expected one of {names}</source>
        <translation>未知等级，应为以下之一：{names}</translation>
    </message>
    <message>
        <source>score outside level {level} ({lo}-{hi})</source>
        <translation>分数不在等级 {level} 的范围内（{lo}-{hi}）</translation>
    </message>
    <message>
        <source>expected one of {names}</source>
        <translation>应为以下之一：{names}</translation>
    </message>
    <message>
        <source>outside {lo}-{hi}</source>
        <translation>超出范围 {lo}-{hi}</translation>
    </message>
    <message>
        <source>write 是 for not applicable, or leave it empty</source>
        <translation>不适用请填“是”，否则留空</translation>
    </message>
    <message>
        <source>N/A needs a reason</source>
        <translation>不适用须填写原因</translation>
    </message>
    <message>
        <source>written outside the packet&apos;s cells (an unknown indicator?)</source>
        <translation>填写在评分包的单元格之外（未知指标？）</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet has no &apos;{name}&apos; line; it was damaged or is not a KPM Desktop packet</source>
        <translation>{file}：隐藏的评分包工作表中没有“{name}”行，文件已损坏或不是 KPM Desktop 评分包</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet has a damaged sheet line: {line}</source>
        <translation>{file}：隐藏的评分包工作表中有一行工作表信息已损坏：{line}</translation>
    </message>
    <message>
        <source>{file} is not a KPM Desktop rater packet</source>
        <translation>{file} 不是 KPM Desktop 评分包</translation>
    </message>
    <message>
        <source>{file}: the packet format &apos;{value}&apos; is not a number</source>
        <translation>{file}：评分包格式“{value}”不是数字</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of KPM Desktop (packet format {found}, this version reads {known}): update KPM Desktop to import it</source>
        <translation>{file} 由更新版本的 KPM Desktop 生成（评分包格式 {found}，本版本可读取 {known}）：请升级 KPM Desktop 后再导入</translation>
    </message>
    <message>
        <source>{file}: the packet&apos;s export time is damaged</source>
        <translation>{file}：评分包的导出时间已损坏</translation>
    </message>
    <message>
        <source>{what}: exported &apos;{exported}&apos;, the file says &apos;{found}&apos;</source>
        <translation>{what}：导出时为“{exported}”，文件中为“{found}”</translation>
    </message>
    <message>
        <source>{exported} lines were exported, the file has {found}</source>
        <translation>导出时有 {exported} 行，文件中有 {found} 行</translation>
    </message>
    <message>
        <source>not in the value map of profile &apos;{profile}&apos;</source>
        <translation>不在配置“{profile}”的值映射中</translation>
    </message>
    <message>
        <source>{source}, line {line}: give employee_no,role,rater_no (found {cells} cells)</source>
        <translation>{source} 第 {line} 行：应为 employee_no,role,rater_no（实为 {cells} 列）</translation>
    </message>
    <message>
        <source>{source}, line {line}: &apos;{value}&apos; is not a rater role (peer, department_head)</source>
        <translation>{source} 第 {line} 行：“{value}”不是评分角色（peer、department_head）</translation>
    </message>
    <message>
        <source>{source}: no rater rows</source>
        <translation>{source}：没有评分人行</translation>
    </message>
    <message>
        <source>indicator {code} ({name})</source>
        <translation>指标 {code}（{name}）</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>无名称</translation>
    </message>
    <message>
        <source>has no code</source>
        <translation>没有编号</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <source>weight {weight} must be above 0</source>
        <translation>权重 {weight} 必须大于 0</translation>
    </message>
    <message>
        <source>weight {weight} has more than 2 decimals</source>
        <translation>权重 {weight} 的小数超过 2 位</translation>
    </message>
    <message>
        <source>template {template}</source>
        <translation>模板 {template}</translation>
    </message>
    <message>
        <source>version {version} must be 1 or more</source>
        <translation>版本 {version} 必须大于或等于 1</translation>
    </message>
    <message>
        <source>result scale {lo}-{hi} must run upwards</source>
        <translation>结果分值范围 {lo}-{hi} 必须由小到大</translation>
    </message>
    <message>
        <source>has no categories</source>
        <translation>没有指标类别</translation>
    </message>
    <message>
        <source>has a category without a name</source>
        <translation>有未命名的指标类别</translation>
    </message>
    <message>
        <source>category &apos;{name}&apos; has no indicators</source>
        <translation>指标类别“{name}”下没有考核指标</translation>
    </message>
    <message>
        <source>indicator code {code} is used {count} times</source>
        <translation>指标编号 {code} 使用了 {count} 次</translation>
    </message>
    <message>
        <source>rater {role} is listed {count} times</source>
        <translation>考评人“{role}”列出了 {count} 次</translation>
    </message>
    <message>
        <source>has no raters</source>
        <translation>没有考评人</translation>
    </message>
    <message>
        <source>rater {role} weight {weight} must be above 0</source>
        <translation>考评人“{role}”的权重 {weight} 必须大于 0</translation>
    </message>
    <message>
        <source>has no grade bands</source>
        <translation>没有等级区间</translation>
    </message>
    <message>
        <source>grade {grade} is listed {count} times</source>
        <translation>等级 {grade} 列出了 {count} 次</translation>
    </message>
    <message>
        <source>grade {grade} starts at {min_total}, outside the result scale {lo}-{hi}</source>
        <translation>等级 {grade} 起点 {min_total} 超出结果分值范围 {lo}-{hi}</translation>
    </message>
    <message>
        <source>no grade starts at the bottom of the result scale ({lo})</source>
        <translation>没有从结果分值下限（{lo}）开始的等级</translation>
    </message>
    <message>
        <source>quota names grade {grade}, which has no band</source>
        <translation>比例限制中的等级 {grade} 没有对应的等级区间</translation>
    </message>
    <message>
        <source>quota for {grade} {max_percent} % is outside 0-100</source>
        <translation>等级 {grade} 的比例限制 {max_percent}% 超出 0-100</translation>
    </message>
    <message>
        <source>Cannot save template {template}: {problems}</source>
        <translation>无法保存模板 {template}：{problems}</translation>
    </message>
    <message>
        <source>Cannot activate template {template}: {problems}</source>
        <translation>无法启用模板 {template}：{problems}</translation>
    </message>
    <message>
        <source>the indicators that count have no weight</source>
        <translation>计分的指标没有权重</translation>
    </message>
    <message>
        <source>ratings name indicators that template {template} does not have: {codes}</source>
        <translation>评分中包含模板 {template} 没有的指标：{codes}</translation>
    </message>
    <message>
        <source>every indicator of template {template} is marked N/A</source>
        <translation>模板 {template} 的所有指标都被标为不适用</translation>
    </message>
    <message>
        <source>{indicator} has no rating</source>
        <translation>{indicator} 尚未评分</translation>
    </message>
    <message>
        <source>template {template} has no rater &apos;{role}&apos;; its raters are {raters}</source>
        <translation>模板 {template} 没有考评人“{role}”；其考评人为：{raters}</translation>
    </message>
    <message>
        <source>more than one set of ratings for rater {roles}</source>
        <translation>考评人 {roles} 有不止一组评分</translation>
    </message>
    <message>
        <source>template {template} needs ratings from {roles}</source>
        <translation>模板 {template} 还需要以下考评人的评分：{roles}</translation>
    </message>
    <message>
        <source>rater weights of template {template} total {weight_total}, not 100</source>
        <translation>模板 {template} 的考评人权重合计 {weight_total}，不是 100</translation>
    </message>
    <message>
        <source>{kind} {record_id} ({label})</source>
        <translation>{kind} {record_id}（{label}）</translation>
    </message>
    <message>
        <source>{record}: released from its seal but still present</source>
        <translation>{record}：封存已解除，但记录仍然存在</translation>
    </message>
    <message>
        <source>{record}: the sealed record is missing (sealed in audit entry {entry})</source>
        <translation>{record}：已封存的记录不存在（封存于审计条目 {entry}）</translation>
    </message>
    <message>
        <source>{record}: {field} differs from its seal: sealed {sealed}, now {current}</source>
        <translation>{record}：{field} 与封存内容不符：封存时为 {sealed}，现在为 {current}</translation>
    </message>
    <message>
        <source>{record}: the seal&apos;s hash does not match its content</source>
        <translation>{record}：封存的哈希值与其内容不符</translation>
    </message>
    <message>
        <source>{record}: {field} went backwards: sealed {sealed}, now {current}</source>
        <translation>{record}：{field} 被回退：封存时为 {sealed}，现在为 {current}</translation>
    </message>
    <message>
        <source>{kind} {record_id} ({label}) is {state} but has no seal: it was written outside KPM Desktop</source>
        <translation>{kind} {record_id}（{label}）状态为 {state}，但没有封存：它是在 KPM Desktop 之外写入的</translation>
    </message>
    <message>
        <source>Template {template} cannot be used for a selection: its raters must be the panel only (it has {roles})</source>
        <translation>评分标准 {template} 不能用于选型评分：其考评人只能是评分小组（现为 {roles}）</translation>
    </message>
    <message>
        <source>The selection has no panel members</source>
        <translation>该选型没有评委</translation>
    </message>
    <message>
        <source>The panel members&apos; weights total {total}, not 100</source>
        <translation>评委权重合计为 {total}，不是 100</translation>
    </message>
    <message>
        <source>Bidders {bidders} have no quoted figure for {code} ({name})</source>
        <translation>投标人 {bidders} 没有 {code}（{name}）的报价</translation>
    </message>
    <message>
        <source>{codes} are ranked from the bidders&apos; quoted figures, not rated</source>
        <translation>{codes} 按投标人报价排名得分，不能评分</translation>
    </message>
    <message>
        <source>The sheet has no rating for {codes}</source>
        <translation>评分表缺少 {codes} 的评分</translation>
    </message>
    <message>
        <source>{codes}: N/A needs a reason in the comment</source>
        <translation>{codes}：不适用须在备注中说明原因</translation>
    </message>
    <message>
        <source>The deadline of selection {name} was {deadline} (until 23:59:59, {zone}): sheets can no longer be submitted; HR can extend the deadline or close the scoring</source>
        <translation>选型 {name} 的截止日期为 {deadline}（至 {zone} 时间 23:59:59）：已不能再提交评分表；人力资源可延长截止日期或结束评分</translation>
    </message>
    <message>
        <source>The sign-in delay must start after 1 or more failures and no later than the lock ({throttle_after} and {lock_after} given)</source>
        <translation>登录延迟必须在至少 1 次失败后开始，且不晚于锁定（给出的是 {throttle_after} 和 {lock_after}）</translation>
    </message>
    <message>
        <source>An account must be locked for at least 1 minute ({lock_minutes} given)</source>
        <translation>账户锁定时间至少为 1 分钟（给出的是 {lock_minutes}）</translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.cn)</source>
        <translation>不是电子邮箱地址（例如 name@example.cn）</translation>
    </message>
    <message>
        <source>not a phone number (digits, +, -, spaces, brackets)</source>
        <translation>不是电话号码（数字、+、-、空格、括号）</translation>
    </message>
    <message>
        <source>{role} rating, entered by HR</source>
        <translation>{role}评分：由人力资源部录入</translation>
    </message>
    <message>
        <source>{role} rating by {name}</source>
        <translation>{role}评分：{name}</translation>
    </message>
    <message>
        <source>review by HR</source>
        <translation>审核：人力资源部</translation>
    </message>
    <message>
        <source>finalize by HR</source>
        <translation>定稿：人力资源部</translation>
    </message>
    <message>
        <source>review by {name}</source>
        <translation>审核：{name}</translation>
    </message>
    <message>
        <source>finalize by {name}</source>
        <translation>定稿：{name}</translation>
    </message>
    <message>
        <source>acknowledgement by {name}</source>
        <translation>确认：{name}</translation>
    </message>
    <message>
        <source>The audit log ends at entry {head}, but entry {sequence} was witnessed on {when} UTC: entries were removed (log truncated or wiped)</source>
        <translation>审计日志止于条目 {head}，但见证文件于 {when} UTC 记录过条目 {sequence}：有条目被删除（日志被截断或清空）</translation>
    </message>
    <message>
        <source>Audit entry {sequence} has hash {actual}, but {expected} was witnessed on {when} UTC: the log was rewritten</source>
        <translation>审计条目 {sequence} 的哈希值为 {actual}，但见证文件于 {when} UTC 记录的是 {expected}：日志被改写</translation>
    </message>
    <message>
        <source>Separation of duties: you scored appraisal {label} as the superior, so someone else must {action} it (the cycle separates duties)</source>
        <translation>职责分离：您已作为直接上级为考核 {label} 评分，须由他人{action}（本周期实行职责分离）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an evaluation sheet fingerprint</source>
        <translation>“{text}”不是考核表指纹</translation>
    </message>
    <message>
        <source>{source} is not a readable PDF: {exc}</source>
        <translation>{source} 不是可读取的 PDF：{exc}</translation>
    </message>
    <message>
        <source>{source} is not a KPM evaluation sheet (no fingerprint)</source>
        <translation>{source} 不是 KPM 考核表（没有指纹）</translation>
    </message>
    <message>
        <source>{source} is not a PDF file (it does not start with %PDF-)</source>
        <translation>{source} 不是 PDF 文件（开头不是 %PDF-）</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>没有内容</translation>
    </message>
    <message>
        <source>{field}: PDF shows {printed}, the record says {expected} (page {page})</source>
        <translation>{field}：PDF 显示为 {printed}，记录为 {expected}（第 {page} 页）</translation>
    </message>
    <message>
        <source>{count} page(s)</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>added text</source>
        <translation>多出的文字</translation>
    </message>
    <message>
        <source>text on page {page}</source>
        <translation>第 {page} 页的文字</translation>
    </message>
    <message>
        <source>page size</source>
        <translation>页面大小</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>绘图</translation>
    </message>
    <message>
        <source>a different page content stream (from byte {at})</source>
        <translation>不同的页面内容流（自第 {at} 字节起）</translation>
    </message>
    <message>
        <source>the sheet&apos;s</source>
        <translation>考评表本身的</translation>
    </message>
    <message>
        <source>fonts or images</source>
        <translation>字体或图片</translation>
    </message>
    <message>
        <source>different ones</source>
        <translation>不同的</translation>
    </message>
    <message>
        <source>an extra page ({first})</source>
        <translation>多出的一页（{first}）</translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation>没有更多页</translation>
    </message>
    <message>
        <source>total on the chart page</source>
        <translation>图表页上的总分</translation>
    </message>
    <message>
        <source>grade on the chart page</source>
        <translation>图表页上的等级</translation>
    </message>
    <message>
        <source>footer (appraisal id, revision, status, audit chain head)</source>
        <translation>页脚（考评编号、修订、状态、审计链头）</translation>
    </message>
    <message>
        <source>running header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <source>sum of earned scores</source>
        <translation>得分合计</translation>
    </message>
    <message>
        <source>overall comment</source>
        <translation>综合评语</translation>
    </message>
    <message>
        <source>improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>员工意见</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>template name</source>
        <translation>考评表名称</translation>
    </message>
    <message>
        <source>period</source>
        <translation>考核期间</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <source>position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>template</source>
        <translation>考评表</translation>
    </message>
    <message>
        <source>indicator &apos;{of}&apos;</source>
        <translation>指标“{of}”</translation>
    </message>
    <message>
        <source>information source of &apos;{of}&apos;</source>
        <translation>“{of}”的信息来源</translation>
    </message>
    <message>
        <source>appraiser of &apos;{of}&apos;</source>
        <translation>“{of}”的考评人</translation>
    </message>
    <message>
        <source>weight of &apos;{of}&apos;</source>
        <translation>“{of}”的权重</translation>
    </message>
    <message>
        <source>chosen level of &apos;{of}&apos; (level {level})</source>
        <translation>“{of}”的所选等级（等级 {level}）</translation>
    </message>
    <message>
        <source>points of level {level} of &apos;{of}&apos;</source>
        <translation>“{of}”等级 {level} 的分值</translation>
    </message>
    <message>
        <source>text of level {level} of &apos;{of}&apos;</source>
        <translation>“{of}”等级 {level} 的考评标准</translation>
    </message>
    <message>
        <source>score of &apos;{of}&apos;</source>
        <translation>“{of}”的得分</translation>
    </message>
    <message>
        <source>earned score of &apos;{of}&apos;</source>
        <translation>“{of}”的加权得分</translation>
    </message>
    <message>
        <source>points given of &apos;{of}&apos;</source>
        <translation>“{of}”的评分</translation>
    </message>
    <message>
        <source>KPI figures of &apos;{of}&apos;</source>
        <translation>“{of}”的 KPI 数据</translation>
    </message>
    <message>
        <source>N/A reason of &apos;{of}&apos;</source>
        <translation>“{of}”的不适用原因</translation>
    </message>
    <message>
        <source>comment of &apos;{of}&apos;</source>
        <translation>“{of}”的评语</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>result scale</source>
        <translation>结果区间</translation>
    </message>
    <message>
        <source>rater role of rater {of}</source>
        <translation>考评人 {of} 的角色</translation>
    </message>
    <message>
        <source>name of rater {of}</source>
        <translation>考评人 {of} 的姓名</translation>
    </message>
    <message>
        <source>weight of rater {of}</source>
        <translation>考评人 {of} 的权重</translation>
    </message>
    <message>
        <source>total of rater {of}</source>
        <translation>考评人 {of} 的得分</translation>
    </message>
    <message>
        <source>weighted total of rater {of}</source>
        <translation>考评人 {of} 的加权得分</translation>
    </message>
    <message>
        <source>signature line {box}</source>
        <translation>{box}签字栏</translation>
    </message>
    <message>
        <source>signature date {box}</source>
        <translation>{box}签字日期</translation>
    </message>
    <message>
        <source>no signing time</source>
        <translation>无签名时间</translation>
    </message>
    <message>
        <source>signed {moment}</source>
        <translation>签于 {moment}</translation>
    </message>
    <message>
        <source>intact, covers the whole file</source>
        <translation>完好，覆盖整个文件</translation>
    </message>
    <message>
        <source>BROKEN: {problem}</source>
        <translation>已损坏：{problem}</translation>
    </message>
    <message>
        <source>signature by {signer}, {when}; {outcome} (certificate SHA-256 {certificate}, not checked against a trust list)</source>
        <translation>{signer} 的签名，{when}；{outcome}（证书 SHA-256 {certificate}，未对照受信任列表检查）</translation>
    </message>
    <message>
        <source>cannot use the certificate {pkcs12_path}: {exc}</source>
        <translation>无法使用证书 {pkcs12_path}：{exc}</translation>
    </message>
    <message>
        <source>cannot use the certificate {pkcs12_path}: wrong password or not a PKCS#12 file</source>
        <translation>无法使用证书 {pkcs12_path}：密码错误或不是 PKCS#12 文件</translation>
    </message>
    <message>
        <source>staff {staff}</source>
        <translation>员工 {staff}</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the last active HR admin; make another user an HR admin first</source>
        <translation>“{username}”是最后一个启用的人事管理员；请先将另一位用户设为人事管理员</translation>
    </message>
    <message>
        <source>{path} does not exist yet; KPM Desktop will create it.</source>
        <translation>{path} 尚不存在；KPM Desktop 将创建它。</translation>
    </message>
    <message>
        <source>Connected. The database is empty; KPM Desktop will set it up.</source>
        <translation>已连接。数据库为空；KPM Desktop 将对其初始化。</translation>
    </message>
    <message>
        <source>Connected. The database is up to date (schema {current}).</source>
        <translation>已连接。数据库已是最新（结构版本 {current}）。</translation>
    </message>
    <message>
        <source>Connected. The database will be upgraded from schema {current} to {head} when it is opened.</source>
        <translation>已连接。打开时数据库将从结构版本 {current} 升级到 {head}。</translation>
    </message>
    <message>
        <source>There is no appraisal with id {appraisal_id}</source>
        <translation>不存在编号为 {appraisal_id} 的考核</translation>
    </message>
    <message>
        <source>There is no template with id {template_id}</source>
        <translation>不存在编号为 {template_id} 的模板</translation>
    </message>
    <message>
        <source>the {role} sheet of {label}</source>
        <translation>{label} 的{role}评分表</translation>
    </message>
    <message>
        <source>Appraisal {label} has no rater &apos;{role}&apos;</source>
        <translation>考核 {label} 没有考评人“{role}”</translation>
    </message>
    <message>
        <source>The {role} sheet of appraisal {label} is already submitted</source>
        <translation>考核 {label} 的{role}评分表已提交</translation>
    </message>
    <message>
        <source>appraisal {label}</source>
        <translation>考核 {label}</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>The {role} sheet of {label} is already submitted</source>
        <translation>{label} 的{role}评分表已提交</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Only the employee appraised acknowledges {label}</source>
        <translation>只有被考核的员工本人才能确认 {label}</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Appraisal {label} is {state}; only a finalized or acknowledged appraisal is amended (change a draft directly)</source>
        <translation>考核 {label} 当前为{state}；只有已定稿或已确认的考核才需更正（草稿可直接修改）</translation>
    </message>
    <message>
        <source>Appraisal {label}</source>
        <translation>考核 {label}</translation>
    </message>
    <message>
        <source>Appraisal {label}, {role} sheet: indicator {missing_reason} is marked N/A without a reason</source>
        <translation>考核 {label} 的{role}评分表：指标 {missing_reason} 标为不适用但未填写原因</translation>
    </message>
    <message>
        <source>The user name must not be empty</source>
        <translation>用户名不能为空</translation>
    </message>
    <message>
        <source>User name &apos;{name}&apos; must be at most {maximum} characters without spaces</source>
        <translation>用户名“{name}”最多 {maximum} 个字符，且不能含空格</translation>
    </message>
    <message>
        <source>An HR admin already exists; sign in as that admin to add users</source>
        <translation>人力资源管理员已存在；请以该管理员身份登录后添加用户</translation>
    </message>
    <message>
        <source>The account &apos;{username}&apos; is deactivated; ask an HR admin</source>
        <translation>账户“{username}”已停用；请联系人力资源管理员</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>user {name}</source>
        <translation>用户 {name}</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
    <message>
        <source>A user named &apos;{name}&apos; already exists</source>
        <translation>名为“{name}”的用户已存在</translation>
    </message>
    <message>
        <source>No staff member with employee number &apos;{staff_no}&apos;</source>
        <translation>没有工号为“{staff_no}”的员工</translation>
    </message>
    <message>
        <source>No user named &apos;{username}&apos;</source>
        <translation>没有名为“{username}”的用户</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>Choose another file for the backup: {destination} is the database itself</source>
        <translation>请为备份选择其他文件：{destination} 就是数据库本身</translation>
    </message>
    <message>
        <source>Cannot write the backup {destination}: folder {parent} does not exist</source>
        <translation>无法写入备份 {destination}：文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <source>{source} is the open database itself; choose a backup file</source>
        <translation>{source} 就是当前打开的数据库；请选择一个备份文件</translation>
    </message>
    <message>
        <source>Restoring {source} failed ({exc}); the database was not changed. A copy of it is at {safety_backup}</source>
        <translation>恢复 {source} 失败（{exc}）；数据库未被改动。其副本位于 {safety_backup}</translation>
    </message>
    <message>
        <source>Backup and restore from the app work on a local SQLite database only; back up the office database (PostgreSQL) on its server with pg_dump</source>
        <translation>应用内的备份与恢复仅适用于本地 SQLite 数据库；办公室共享数据库（PostgreSQL）请在其服务器上用 pg_dump 备份</translation>
    </message>
    <message>
        <source>Cannot create the backups folder {backups_dir}: {reason}</source>
        <translation>无法创建备份文件夹 {backups_dir}：{reason}</translation>
    </message>
    <message>
        <source>Cannot write the backup {destination}: {reason}</source>
        <translation>无法写入备份 {destination}：{reason}</translation>
    </message>
    <message>
        <source>Cannot restore {source}: its anchor {sidecar} cannot be read ({exc})</source>
        <translation>无法恢复 {source}：无法读取其锚定文件 {sidecar}（{exc}）</translation>
    </message>
    <message>
        <source>Cannot restore {source}: its audit log ends at entry {entry} ({hash}), but its anchor {sidecar} says entry {sequence} ({expected}): the backup was changed after it was written</source>
        <translation>无法恢复 {source}：其审计日志止于条目 {entry}（{hash}），但锚定文件 {sidecar} 记录的是条目 {sequence}（{expected}）：备份写入后被修改过</translation>
    </message>
    <message>
        <source>Cannot restore {source}: there is no such file</source>
        <translation>无法恢复 {source}：文件不存在</translation>
    </message>
    <message>
        <source>Cannot restore {source}: it is not a KPM Desktop database (not a SQLite file)</source>
        <translation>无法恢复 {source}：它不是 KPM Desktop 数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>Cannot restore {source}: the file is damaged ({exc})</source>
        <translation>无法恢复 {source}：文件已损坏（{exc}）</translation>
    </message>
    <message>
        <source>Cannot read {source}: {reason}</source>
        <translation>无法读取 {source}：{reason}</translation>
    </message>
    <message>
        <source>Cannot restore {source}: the file is damaged (integrity check: {integrity_problems})</source>
        <translation>无法恢复 {source}：文件已损坏（完整性检查：{integrity_problems}）</translation>
    </message>
    <message>
        <source>Cannot restore {source}: it is not a KPM Desktop database (no schema version)</source>
        <translation>无法恢复 {source}：它不是 KPM Desktop 数据库（没有结构版本）</translation>
    </message>
    <message>
        <source>Cannot restore {source}: it was made by a newer KPM Desktop (schema {schema_revision}); update the application first</source>
        <translation>无法恢复 {source}：它由更新版本的 KPM Desktop 创建（结构版本 {schema_revision}）；请先升级应用</translation>
    </message>
    <message>
        <source>There is no cycle for {text}</source>
        <translation>{text} 没有考核周期</translation>
    </message>
    <message>
        <source>{staff}: no {role} (weight {weight}); HR enters that sheet</source>
        <translation>{staff}：没有{role}（权重 {weight}）；该表由人力资源部填写</translation>
    </message>
    <message>
        <source>Created {count} appraisals</source>
        <translation>已创建 {count} 份考核</translation>
    </message>
    <message>
        <source>Refused {count} duplicates: {staff}</source>
        <translation>拒绝了 {count} 份重复考核：{staff}</translation>
    </message>
    <message>
        <source>No template for {count} staff: {staff}</source>
        <translation>{count} 名员工没有适用的模板：{staff}</translation>
    </message>
    <message>
        <source>Missing rater: {problem}</source>
        <translation>缺少考评人：{problem}</translation>
    </message>
    <message>
        <source>{staff} and {more} more</source>
        <translation>{staff} 等，另有 {more} 人</translation>
    </message>
    <message>
        <source>The database has no identity yet</source>
        <translation>数据库尚无标识</translation>
    </message>
    <message>
        <source>The witness file {path} cannot be read: {exc}</source>
        <translation>无法读取见证文件 {path}：{exc}</translation>
    </message>
    <message>
        <source>No witness for this database yet, but another database was witnessed at {location} (up to entry {sequence}): if this database was not created anew on purpose, its identity was changed</source>
        <translation>此数据库尚无见证文件，但 {location} 处曾见证过另一个数据库（至条目 {sequence}）：如果此数据库不是有意重新创建的，则其标识已被更改</translation>
    </message>
    <message>
        <source>No witness for this database yet (first check): witnessed now in {path}</source>
        <translation>此数据库尚无见证文件（首次检查）：现已写入 {path}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>{count:,} deals</source>
        <translation>{count:,} 笔商机</translation>
    </message>
    <message>
        <source>{count:,} service tickets</source>
        <translation>{count:,} 张服务工单</translation>
    </message>
    <message>
        <source>{count:,} activities</source>
        <translation>{count:,} 条跟进记录</translation>
    </message>
    <message>
        <source>Cycle {text} needs at least one template</source>
        <translation>考核周期 {text} 至少需要一个模板</translation>
    </message>
    <message>
        <source>There is already a cycle for {text}</source>
        <translation>{text} 的考核周期已存在</translation>
    </message>
    <message>
        <source>Cycle {period} cannot be closed: {problems}. Correct this, or close with an override reason</source>
        <translation>考核周期 {period} 无法关闭：{problems}。请先处理，或填写例外理由后关闭</translation>
    </message>
    <message>
        <source>Template &apos;{name}&apos; v{version} is {status}; a cycle uses active templates only</source>
        <translation>模板“{name}” v{version} 当前为{status}；考核周期只能使用已启用的模板</translation>
    </message>
    <message>
        <source>No department &apos;{department}&apos; (give its code or name)</source>
        <translation>没有部门“{department}”（请填写部门编号或名称）</translation>
    </message>
    <message>
        <source>Cycle {period} is closed</source>
        <translation>考核周期 {period} 已关闭</translation>
    </message>
    <message>
        <source>Cycle {period}</source>
        <translation>考核周期 {period}</translation>
    </message>
    <message>
        <source>{count} appraisals are not finalized ({staff} and {more} more)</source>
        <translation>{count} 份考评尚未定稿（{staff} 等，另有 {more} 人）</translation>
    </message>
    <message>
        <source>{count} appraisals are not finalized ({staff})</source>
        <translation>{count} 份考评尚未定稿（{staff}）</translation>
    </message>
    <message>
        <source>{department} / {template}: {grade} given to {count}, quota {percent}% allows {allowed}</source>
        <translation>{department} / {template}：{grade} 共 {count} 人，比例限制 {percent}% 最多允许 {allowed} 人</translation>
    </message>
    <message>
        <source>department {code} {name} as a whole</source>
        <translation>部门 {code} {name} 的整体数据</translation>
    </message>
    <message>
        <source>the whole company</source>
        <translation>全公司的数据</translation>
    </message>
    <message>
        <source>No staff member with employee no. {staff_no}</source>
        <translation>没有工号为 {staff_no} 的员工</translation>
    </message>
    <message>
        <source>No department &apos;{wanted}&apos; (give its code or name)</source>
        <translation>没有部门“{wanted}”（请填写部门编号或名称）</translation>
    </message>
    <message>
        <source>{path} can be read by other users of this computer (mode {mode}), and it holds personal data and password hashes. Fix: {fix}</source>
        <translation>{path} 可被本机其他用户读取（权限 {mode}），而它含有个人数据和密码哈希。修复：{fix}</translation>
    </message>
    <message>
        <source>Demo accounts can sign in with the password published in the README: {names}. Remove them before real use (kpm user remove-demo, or File &gt; Remove demo accounts).</source>
        <translation>演示账户可以用 README 中公开的密码登录：{names}。正式使用前请删除它们（kpm user remove-demo，或“文件 &gt; 删除演示账户”）。</translation>
    </message>
    <message>
        <source>Cannot create {path}: folder {parent} does not exist</source>
        <translation>无法创建 {path}：文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <source>The database holds {table_count} tables but no KPM Desktop schema; choose an empty database or a KPM Desktop one</source>
        <translation>该数据库有 {table_count} 张表，但不是 KPM Desktop 的结构；请选择空数据库或 KPM Desktop 数据库</translation>
    </message>
    <message>
        <source>The database was created by a newer KPM Desktop (schema {current}); please update the application</source>
        <translation>该数据库由更新版本的 KPM Desktop 创建（结构版本 {current}）；请升级应用</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>the demo accounts</source>
        <translation>演示账户</translation>
    </message>
    <message>
        <source>--staff must be at least {departments} (one head per department)</source>
        <translation>--staff 至少为 {departments}（每个部门一位负责人）</translation>
    </message>
    <message>
        <source>--{name} must not be negative</source>
        <translation>--{name} 不能为负数</translation>
    </message>
    <message>
        <source>--customers must be at least 1 when deals, tickets or activities are wanted</source>
        <translation>需要生成商机、工单或跟进记录时，--customers 至少为 1</translation>
    </message>
    <message>
        <source>The database already holds {existing} staff; use --replace to overwrite its CRM data</source>
        <translation>数据库中已有 {existing} 名员工；如要覆盖其 CRM 数据，请使用 --replace</translation>
    </message>
    <message>
        <source>{file}: export to .csv or .xlsx</source>
        <translation>{file}：请导出为 .csv 或 .xlsx</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; cannot be exported; use one of {known}</source>
        <translation>无法导出“{kind}”；请使用以下之一：{known}</translation>
    </message>
    <message>
        <source>{path}: folder {parent} does not exist</source>
        <translation>{path}：文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <source>unknown employee no.</source>
        <translation>未知工号</translation>
    </message>
    <message>
        <source>unknown customer code</source>
        <translation>未知客户编号</translation>
    </message>
    <message>
        <source>unknown department code</source>
        <translation>未知部门编号</translation>
    </message>
    <message>
        <source>already used by {noun} {other}</source>
        <translation>已被{noun} {other} 使用</translation>
    </message>
    <message>
        <source>{file}: more than {limit:,} rows, the limit for one file; split it, or raise the limit (kpm import --max-rows)</source>
        <translation>{file}：超过 {limit:,} 行，即单个文件的上限；请拆分文件，或调高上限（kpm import --max-rows）</translation>
    </message>
    <message>
        <source>{file}: more than {limit:,} columns, the limit for one file (kpm import --max-columns)</source>
        <translation>{file}：超过 {limit:,} 列，即单个文件的上限（kpm import --max-columns）</translation>
    </message>
    <message>
        <source>{file}: {size:,} MB unpacked, over the limit of {limit:,} MB for one file (kpm import --max-megabytes)</source>
        <translation>{file}：解压后 {size:,} MB，超过单个文件 {limit:,} MB 的上限（kpm import --max-megabytes）</translation>
    </message>
    <message>
        <source>duplicate key: also in row {row}</source>
        <translation>重复的键：第 {row} 行也有</translation>
    </message>
    <message>
        <source>unknown KPI key</source>
        <translation>未知的 KPI 键</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not something to import; use one of {known}</source>
        <translation>“{name}”不是可导入的数据；请使用以下之一：{known}</translation>
    </message>
    <message>
        <source>{file}: nothing was imported: strict mode refuses columns that would be ignored: {columns}</source>
        <translation>{file}：未导入任何内容：严格模式不接受会被忽略的列：{columns}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a column of {kind}</source>
        <translation>“{name}”不是 {kind} 的列</translation>
    </message>
    <message>
        <source>column {number} for &apos;{name}&apos; is not in the file</source>
        <translation>文件中没有为“{name}”指定的第 {number} 列</translation>
    </message>
    <message>
        <source>Import of {file} cancelled; nothing was written</source>
        <translation>已取消导入 {file}；未写入任何数据</translation>
    </message>
    <message>
        <source>All clean: {entries} audit entries, {seals} seals checked, the chain matches its witness (entry {witnessed})</source>
        <translation>全部正常：已检查 {entries} 条审计记录、{seals} 个封存，哈希链与见证文件一致（条目 {witnessed}）</translation>
    </message>
    <message>
        <source>All clean: {entries} audit entries, {seals} seals checked</source>
        <translation>全部正常：已检查 {entries} 条审计记录、{seals} 个封存</translation>
    </message>
    <message>
        <source>{count} problem(s) found ({entries} audit entries, {seals} seals checked)</source>
        <translation>发现 {count} 个问题（已检查 {entries} 条审计记录、{seals} 个封存）</translation>
    </message>
    <message>
        <source>Database integrity check failed: {problem}</source>
        <translation>数据库完整性检查失败：{problem}</translation>
    </message>
    <message>
        <source>Not checked further: the damaged file cannot be read ({exc})</source>
        <translation>未继续检查：损坏的文件无法读取（{exc}）</translation>
    </message>
    <message>
        <source>Audit chain broken at entry {entry}: {reason}</source>
        <translation>审计哈希链在条目 {entry} 处断开：{reason}</translation>
    </message>
    <message>
        <source>Audit chain broken at entry {entry} ({when} UTC, {entity_type} {entity_id}, {action}, by {username}): {reason}</source>
        <translation>审计哈希链在条目 {entry} 处断开（{when} UTC，{entity_type} {entity_id}，{action}，操作人 {username}）：{reason}</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI 目标</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI 指标</translation>
    </message>
    <message>
        <source>the company&apos;s KPIs</source>
        <translation>全公司的 KPI</translation>
    </message>
    <message>
        <source>No staff member with employee no. {unknown}</source>
        <translation>没有工号为 {unknown} 的员工</translation>
    </message>
    <message>
        <source>row {row}: no staff member with employee no. &apos;{staff_no}&apos;</source>
        <translation>第 {row} 行：没有工号为“{staff_no}”的员工</translation>
    </message>
    <message>
        <source>row {row}: no department with code &apos;{code}&apos;</source>
        <translation>第 {row} 行：没有编号为“{code}”的部门</translation>
    </message>
    <message>
        <source>No staff member or department &apos;{value}&apos;</source>
        <translation>没有员工或部门“{value}”</translation>
    </message>
    <message>
        <source>{problems}; and {more} more</source>
        <translation>{problems}；另有 {more} 处</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>No marketing spend has the channel {unknown}; the channels are: {known}</source>
        <translation>没有渠道为 {unknown} 的营销费用；现有渠道：{known}</translation>
    </message>
    <message>
        <source>marketing sources</source>
        <translation>营销来源</translation>
    </message>
    <message>
        <source>the office time zone</source>
        <translation>办公时区</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos;: {reason}</source>
        <translation>{label}“{value}”：{reason}</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}：{reason}</translation>
    </message>
    <message>
        <source>{label} was sealed as {sealed} in audit entry {entry} but now reads {state}: it was changed outside KPM Desktop. Nothing was changed; run `kpm verify`</source>
        <translation>{label} 已在审计条目 {entry} 中以 {sealed} 状态封存，但现在为 {state}：它在 KPM Desktop 之外被修改过。未做任何更改；请运行 `kpm verify`</translation>
    </message>
    <message>
        <source>Cycle {period} has no appraisal {appraisal_id} that you may view</source>
        <translation>考核周期 {period} 中没有您可查看的考核 {appraisal_id}</translation>
    </message>
    <message>
        <source>Say where the sheets go: a folder, a combined file, or both</source>
        <translation>请指定考核表的保存位置：文件夹、合并文件或两者都要</translation>
    </message>
    <message>
        <source>Cycle {period} has no appraisal that you may view</source>
        <translation>考核周期 {period} 中没有您可查看的考核</translation>
    </message>
    <message>
        <source>Too many failed sign-ins as &apos;{username}&apos;: try again in {minutes} min, or ask an HR admin to unlock it</source>
        <translation>以“{username}”登录失败次数过多：请 {minutes} 分钟后再试，或请人力资源管理员解锁</translation>
    </message>
    <message>
        <source>the sign-in policy</source>
        <translation>登录策略</translation>
    </message>
    <message>
        <source>HR chooses the peer or department head rater, not the {role} of appraisal {label}</source>
        <translation>人力资源部只能指定同事或部门负责人评分人，不能指定考核 {label} 的{role}</translation>
    </message>
    <message>
        <source>The {role} sheet of appraisal {label} is already submitted; its rater stays</source>
        <translation>考核 {label} 的{role}评分表已提交，评分人不能更改</translation>
    </message>
    <message>
        <source>Appraisal {label} is submitted by all its raters; its raters stay</source>
        <translation>考核 {label} 的所有评分人均已提交，评分人不能更改</translation>
    </message>
    <message>
        <source>There is no staff member numbered {number}</source>
        <translation>没有工号为 {number} 的员工</translation>
    </message>
    <message>
        <source>Staff member {number} has left; choose someone still employed</source>
        <translation>员工 {number} 已离职，请选择在职人员</translation>
    </message>
    <message>
        <source>{number} {name} is the employee appraised in {label} and cannot rate it as {role}</source>
        <translation>{number} {name} 是考核 {label} 的被考核人，不能作为{role}评分</translation>
    </message>
    <message>
        <source>{number} {name} already rates appraisal {label} as {other}; one person holds one rater sheet</source>
        <translation>{number} {name} 已是考核 {label} 的{other}评分人；一人只能担任一个评分角色</translation>
    </message>
    <message>
        <source>There is no cycle for {period}</source>
        <translation>没有 {period} 的考核周期</translation>
    </message>
    <message>
        <source>Staff member {number} has {count} current appraisals in {period}, not one</source>
        <translation>员工 {number} 在 {period} 有 {count} 份当前考核，应为一份</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>No rater assigned, {count} line(s) refused: {problems}</source>
        <translation>未指定任何评分人，{count} 行被拒绝：{problems}</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>{count:,} customers owned</source>
        <translation>{count:,} 个负责的客户</translation>
    </message>
    <message>
        <source>{count:,} staff supervised</source>
        <translation>{count:,} 名下属员工</translation>
    </message>
    <message>
        <source>{count:,} departments headed</source>
        <translation>{count:,} 个负责的部门</translation>
    </message>
    <message>
        <source>a new {noun}</source>
        <translation>新{noun}</translation>
    </message>
    <message>
        <source>Cannot delete {record}: {dependents} refer to it; delete or reassign them first</source>
        <translation>无法删除{record}：{dependents}引用了它；请先删除或重新分配这些记录</translation>
    </message>
    <message>
        <source>Cannot delete {record}: other records refer to it</source>
        <translation>无法删除{record}：仍有其他记录引用它</translation>
    </message>
    <message>
        <source>{noun} {title}</source>
        <translation>{noun} {title}</translation>
    </message>
    <message>
        <source>The {noun} #{record_id} no longer exists; refresh the list</source>
        <translation>{noun} #{record_id} 已不存在；请刷新列表</translation>
    </message>
    <message>
        <source>The {noun} &apos;{key}&apos; could not be saved: {reason}</source>
        <translation>{noun}“{key}”无法保存：{reason}</translation>
    </message>
    <message>
        <source>There is no import profile named &apos;{name}&apos;; there are: {known}</source>
        <translation>没有名为“{name}”的导入配置；现有：{known}</translation>
    </message>
    <message>
        <source>A profile name has 1 to {limit} characters</source>
        <translation>配置名称须为 1 至 {limit} 个字符</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a built-in starting point; save your copy under another name</source>
        <translation>“{name}”是内置起点；请用其他名称保存您的副本</translation>
    </message>
    <message>
        <source>An import profile named &apos;{name}&apos; exists already; choose another name or replace it</source>
        <translation>名为“{name}”的导入配置已存在；请换一个名称或替换它</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a built-in starting point; it cannot be removed</source>
        <translation>“{name}”是内置起点，不能删除</translation>
    </message>
    <message>
        <source>There is no saved import profile named &apos;{name}&apos;</source>
        <translation>没有已保存的名为“{name}”的导入配置</translation>
    </message>
    <message>
        <source>no staff member has this name</source>
        <translation>没有员工叫这个名字</translation>
    </message>
    <message>
        <source>no staff member has this e-mail</source>
        <translation>没有员工使用这个邮箱</translation>
    </message>
    <message>
        <source>no customer has this name</source>
        <translation>没有客户叫这个名称</translation>
    </message>
    <message>
        <source>no customer has this e-mail</source>
        <translation>没有客户使用这个邮箱</translation>
    </message>
    <message>
        <source>ambiguous: it matches {keys}</source>
        <translation>有歧义：同时匹配 {keys}</translation>
    </message>
    <message>
        <source>{file}: not a text file (it holds NUL bytes); use CSV or XLSX</source>
        <translation>{file}：不是文本文件（含有 NUL 字节）；请使用 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>{file}: the text encoding cannot be recognised; save it as UTF-8 CSV</source>
        <translation>{file}：无法识别文本编码；请另存为 UTF-8 CSV</translation>
    </message>
    <message>
        <source>{file}: the file is empty (no header row)</source>
        <translation>{file}：文件为空（没有表头行）</translation>
    </message>
    <message>
        <source>{file}, row {row}: broken CSV: {exc}</source>
        <translation>{file}，第 {row} 行：CSV 格式错误：{exc}</translation>
    </message>
    <message>
        <source>{file}, row {row}: text is not {encoding}: {reason}</source>
        <translation>{file}，第 {row} 行：文本不是 {encoding} 编码：{reason}</translation>
    </message>
    <message>
        <source>{file}: not a readable XLSX workbook ({exc})</source>
        <translation>{file}：不是可读取的 XLSX 工作簿（{exc}）</translation>
    </message>
    <message>
        <source>{file}, row {row}: the workbook is damaged ({exc})</source>
        <translation>{file}，第 {row} 行：工作簿已损坏（{exc}）</translation>
    </message>
    <message>
        <source>{file}: the workbook has no sheet</source>
        <translation>{file}：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>{file}: no sheet named &apos;{sheet}&apos;; it has {names}</source>
        <translation>{file}：没有名为“{sheet}”的工作表；现有工作表：{names}</translation>
    </message>
    <message>
        <source>{file}: unknown encoding &apos;{encoding}&apos;</source>
        <translation>{file}：未知编码“{encoding}”</translation>
    </message>
    <message>
        <source>{file}: text is not {encoding}: {reason}</source>
        <translation>{file}：文本不是 {encoding} 编码：{reason}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{file}: old binary spreadsheets cannot be read; save as XLSX</source>
        <translation>{file}：无法读取旧版二进制表格；请另存为 XLSX</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <translation>另有 {more} 处</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet has no keyed hash</source>
        <translation>{file}：隐藏的评分包工作表中没有密钥哈希</translation>
    </message>
    <message>
        <source>{file}: packet {code} was not exported from this database</source>
        <translation>{file}：评分包 {code} 不是从本数据库导出的</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet was changed: {differences}</source>
        <translation>{file}：隐藏的评分包工作表被修改：{differences}</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet was changed (its keyed hash does not match)</source>
        <translation>{file}：隐藏的评分包工作表被修改（密钥哈希不符）</translation>
    </message>
    <message>
        <source>{file} is a packet of cycle {found}, not of cycle {expected}</source>
        <translation>{file} 是周期 {found} 的评分包，不是周期 {expected} 的</translation>
    </message>
    <message>
        <source>{file} is the packet of rater {found}, not of rater {expected}</source>
        <translation>{file} 是考评人 {found} 的评分包，不是考评人 {expected} 的</translation>
    </message>
    <message>
        <source>{file}: {count} protected cells or sheets differ from the export (edited, or rows moved): {differences}</source>
        <translation>{file}：有 {count} 处受保护的单元格或工作表与导出时不同（被修改或行被移动）：{differences}</translation>
    </message>
    <message>
        <source>the appraisal or its {role} sheet no longer exists</source>
        <translation>该考核或其{role}评分表已不存在</translation>
    </message>
    <message>
        <source>the appraisal is locked ({state})</source>
        <translation>该考核已锁定（{state}）</translation>
    </message>
    <message>
        <source>the {role} sheet is already submitted</source>
        <translation>{role}评分表已提交</translation>
    </message>
    <message>
        <source>the {role} sheet was given to another rater</source>
        <translation>{role}评分表已改由其他考评人填写</translation>
    </message>
    <message>
        <source>the appraisal changed since the export (version {exported}, now {now})</source>
        <translation>导出后该考核已被修改（导出时版本 {exported}，现为 {now}）</translation>
    </message>
    <message>
        <source>indicator {codes} is N/A without a reason</source>
        <translation>指标 {codes} 标为不适用但未填写原因</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is password-protected or an old .xls workbook: save it as .xlsx without a password</source>
        <translation>{file} 设有密码或是旧版 .xls 工作簿：请另存为不带密码的 .xlsx</translation>
    </message>
    <message>
        <source>{file} is not an XLSX workbook</source>
        <translation>{file} 不是 XLSX 工作簿</translation>
    </message>
    <message>
        <source>{file} is not an XLSX workbook ({reason})</source>
        <translation>{file} 不是 XLSX 工作簿（{reason}）</translation>
    </message>
    <message>
        <source>{file} is password-protected</source>
        <translation>{file} 设有密码保护</translation>
    </message>
    <message>
        <source>{file} unpacks to {size:,} MB, far more than a packet: refused</source>
        <translation>{file} 解压后有 {size:,} MB，远超评分包的大小：已拒绝</translation>
    </message>
    <message>
        <source>{file} is damaged or not an XLSX workbook ({reason})</source>
        <translation>{file} 已损坏或不是 XLSX 工作簿（{reason}）</translation>
    </message>
    <message>
        <source>{file} is not a KPM Desktop rater packet (it has no hidden sheet {sheet})</source>
        <translation>{file} 不是 KPM Desktop 评分包（没有隐藏工作表 {sheet}）</translation>
    </message>
    <message>
        <source>There is no staff member {number}</source>
        <translation>没有员工 {number}</translation>
    </message>
    <message>
        <source>There is no department {name}</source>
        <translation>没有部门 {name}</translation>
    </message>
    <message>
        <source>Cycle {period} has no sheet waiting for a rater to score here</source>
        <translation>周期 {period} 中没有待考评人评分的评分表</translation>
    </message>
    <message>
        <source>Selection {name}</source>
        <translation>选型 {name}</translation>
    </message>
    <message>
        <source>no such selection: the database has no selection {id}</source>
        <translation>没有该选型：数据库中没有编号为 {id} 的选型</translation>
    </message>
    <message>
        <source>selection {name}: the printed comparison matches the record</source>
        <translation>选型 {name}：打印的对比表与记录一致</translation>
    </message>
    <message>
        <source>selection {name}: the record changed since printing (printed SHA-256 {printed}, now {current})</source>
        <translation>选型 {name}：打印后记录已改变（打印时 SHA-256 {printed}，现为 {current}）</translation>
    </message>
    <message>
        <source>content: the text of every page and its drawing are those of the record</source>
        <translation>内容：每页的文字和图形均与记录一致</translation>
    </message>
    <message>
        <source>content: the pages differ from the comparison the record gives</source>
        <translation>内容：页面与记录生成的对比表不同</translation>
    </message>
    <message>
        <source>The comparison of selection {name} is shown once it is closed; until then you see only your own sheets</source>
        <translation>选型 {name} 的对比表在评分结束后才显示；在此之前您只能看到自己的评分表</translation>
    </message>
    <message>
        <source>A selection needs a name</source>
        <translation>选型需要名称</translation>
    </message>
    <message>
        <source>There is already a selection named {name}</source>
        <translation>已有名为 {name} 的选型</translation>
    </message>
    <message>
        <source>A bidder needs a name</source>
        <translation>投标人需要名称</translation>
    </message>
    <message>
        <source>Selection {name} is {state}: its bidders can no longer change</source>
        <translation>选型 {name} 状态为 {state}：投标人不能再更改</translation>
    </message>
    <message>
        <source>A panel member&apos;s weight must be above 0 and at most 100 (got {weight})</source>
        <translation>评委权重须大于 0 且不超过 100（输入为 {weight}）</translation>
    </message>
    <message>
        <source>The panel of selection {name} is fixed once scoring has started</source>
        <translation>选型 {name} 已开始评分，评分小组不能再更改</translation>
    </message>
    <message>
        <source>There is no active user {user}</source>
        <translation>没有在用的用户 {user}</translation>
    </message>
    <message>
        <source>User {user} has role {role}: panel members are users with the panel role or HR administrators</source>
        <translation>用户 {user} 的角色为 {role}：评委须为“选型评委”角色的用户或人力资源管理员</translation>
    </message>
    <message>
        <source>Selection {name} has no bidders</source>
        <translation>选型 {name} 没有投标人</translation>
    </message>
    <message>
        <source>{user} is not on the panel of selection {name}</source>
        <translation>{user} 不是选型 {name} 的评委</translation>
    </message>
    <message>
        <source>Selection {name} has no bidder {bidder}</source>
        <translation>选型 {name} 没有投标人 {bidder}</translation>
    </message>
    <message>
        <source>{user} has already scored {bidder} in selection {name}</source>
        <translation>{user} 已在选型 {name} 中为 {bidder} 评过分</translation>
    </message>
    <message>
        <source>Selection {name} cannot be closed: sheets missing ({sheets})</source>
        <translation>选型 {name} 不能结束：缺少评分表（{sheets}）</translation>
    </message>
    <message>
        <source>There is no selection {id}</source>
        <translation>没有编号为 {id} 的选型</translation>
    </message>
    <message>
        <source>There is no selection named {name}</source>
        <translation>没有名为 {name} 的选型</translation>
    </message>
    <message>
        <source>Selection {name} is {state}; this needs it {needed}</source>
        <translation>选型 {name} 状态为 {state}；此操作需要状态为 {needed}</translation>
    </message>
    <message>
        <source>There is no active template &apos;{name}&apos;</source>
        <translation>没有启用的评分标准“{name}”</translation>
    </message>
    <message>
        <source>Bidder {bidder}: {code} is not a ranked indicator of the template (those are {codes})</source>
        <translation>投标人 {bidder}：{code} 不是评分标准的排名指标（排名指标为 {codes}）</translation>
    </message>
    <message>
        <source>Bidder {bidder}: the figure for {code} must be between 0 and 10^12 (got {value})</source>
        <translation>投标人 {bidder}：{code} 的报价须在 0 到 10^12 之间（输入为 {value}）</translation>
    </message>
    <message>
        <source>Panel member {user} is the contact of bidder {bidder}: a bidder&apos;s contact cannot score the selection</source>
        <translation>评委 {user} 是投标人 {bidder} 的联系人：投标人的联系人不能参与评分</translation>
    </message>
    <message>
        <source>not checked: the pages cannot be read</source>
        <translation>未检查：无法读取页面</translation>
    </message>
    <message>
        <source>the PDF is damaged, its pages cannot be read ({problem})</source>
        <translation>PDF 已损坏，无法读取其页面（{problem}）</translation>
    </message>
    <message>
        <source>not compared: printed by an earlier version, in a layout not re-derived</source>
        <translation>未比对：由早期版本打印，其版式无法重新生成</translation>
    </message>
    <message>
        <source>the text of every page and its drawing are those of the record; its chart page&apos;s title, total and grade too (the charts are not checked)</source>
        <translation>每页的文字和绘图均与记录一致；图表页的标题、总分和等级也一致（图表本身未检查）</translation>
    </message>
    <message>
        <source>the text of every page and its drawing are those of the record</source>
        <translation>每页的文字和绘图均与记录一致</translation>
    </message>
    <message>
        <source>no audit chain head printed (a sheet from an earlier version)</source>
        <translation>未打印审计链头（早期版本打印的考核表）</translation>
    </message>
    <message>
        <source>entry #{sequence} {hash}</source>
        <translation>条目 #{sequence} {hash}</translation>
    </message>
    <message>
        <source>printed {printed}, but the chain now ends at #{head}: it was cut short or rewritten since printing</source>
        <translation>打印的是{printed}，但审计链现在止于 #{head}：打印后审计链被截短或改写</translation>
    </message>
    <message>
        <source>printed {printed}, but that entry&apos;s hash is now {stored}: the chain was rewritten since printing</source>
        <translation>打印的是{printed}，但该条目的哈希值现在为 {stored}：打印后审计链被改写</translation>
    </message>
    <message>
        <source>printed {printed}, still in the chain (now at #{head})</source>
        <translation>打印的是{printed}，仍在审计链中（现已到 #{head}）</translation>
    </message>
    <message>
        <source>content: {check}</source>
        <translation>内容：{check}</translation>
    </message>
    <message>
        <source>audit chain: {check}</source>
        <translation>审计链：{check}</translation>
    </message>
    <message>
        <source>Selection {name} already has a bidder {bidder}</source>
        <translation>选型 {name} 已有投标人 {bidder}</translation>
    </message>
    <message>
        <source>Bidder {bidder} has {count} sheets in selection {name}: removing it drops them (confirm, or use --force)</source>
        <translation>投标人 {bidder} 在选型 {name} 中已有 {count} 份评分表：删除它会一并删除这些评分表（请确认，或使用 --force）</translation>
    </message>
    <message>
        <source>Panel member {user} has {count} sheets in selection {name}: removing them drops those sheets (confirm, or use --force)</source>
        <translation>评委 {user} 在选型 {name} 中已有 {count} 份评分表：移除该评委会一并删除这些评分表（请确认，或使用 --force）</translation>
    </message>
    <message>
        <source>Selection {name} is {state}: its bidders and panel can no longer change</source>
        <translation>选型 {name} 状态为 {state}：投标人和评分小组不能再更改</translation>
    </message>
    <message>
        <source>no such appraisal: the database has no appraisal {appraisal}</source>
        <translation>考核不存在：数据库中没有考核 {appraisal}</translation>
    </message>
    <message>
        <source>appraisal {appraisal}, revision {revision}</source>
        <translation>考核 {appraisal}，修订 {revision}</translation>
    </message>
    <message>
        <source>now {state} by a later revision</source>
        <translation>现为{state}（被后续修订取代）</translation>
    </message>
    <message>
        <source>now {state} (a draft, not a final result)</source>
        <translation>现为{state}（草稿，并非最终结果）</translation>
    </message>
    <message>
        <source>now {state}</source>
        <translation>现为{state}</translation>
    </message>
    <message>
        <source>differs: {reason} ({what}, {now})</source>
        <translation>不一致：{reason}（{what}，{now}）</translation>
    </message>
    <message>
        <source>matches: {what}, {now}; SHA-256 {sha256} (format {format} of an earlier version)</source>
        <translation>一致：{what}，{now}；SHA-256 {sha256}（早期版本的格式 {format}）</translation>
    </message>
    <message>
        <source>matches: {what}, {now}; SHA-256 {sha256}</source>
        <translation>一致：{what}，{now}；SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>the signature is broken</source>
        <translation>签名已损坏</translation>
    </message>
    <message>
        <source>the appraisal changed since printing</source>
        <translation>打印后考核已被修改</translation>
    </message>
    <message>
        <source>the PDF does not show what the record says</source>
        <translation>PDF 内容与记录不符</translation>
    </message>
    <message>
        <source>the audit chain was rewritten since printing</source>
        <translation>打印后审计链被改写</translation>
    </message>
    <message>
        <source>code {code} is used {count} times</source>
        <translation>编号 {code} 使用了 {count} 次</translation>
    </message>
    <message>
        <source>There is no template &apos;{name}&apos; v{version}</source>
        <translation>不存在模板“{name}” v{version}</translation>
    </message>
    <message>
        <source>There is no template &apos;{name}&apos;</source>
        <translation>不存在模板“{name}”</translation>
    </message>
    <message>
        <source>A template named &apos;{name}&apos; already exists; edit it to make a new version</source>
        <translation>名为“{name}”的模板已存在；请编辑它以生成新版本</translation>
    </message>
    <message>
        <source>Template &apos;{name}&apos; v{version} is {status}; only an active template can be used by an appraisal</source>
        <translation>模板“{name}” v{version} 当前为{status}；只有已启用的模板才能用于考核</translation>
    </message>
    <message>
        <source>A duplicate needs a name</source>
        <translation>复制的模板需要名称</translation>
    </message>
    <message>
        <source>A template named &apos;{name}&apos; already exists</source>
        <translation>名为“{name}”的模板已存在</translation>
    </message>
    <message>
        <source>service ticket</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a database URL: {exc}</source>
        <translation>“{text}”不是数据库地址：{exc}</translation>
    </message>
    <message>
        <source>Cannot open database {path}: folder {parent} does not exist</source>
        <translation>无法打开数据库 {path}：文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <source>Cannot open database {path}: it is not a file</source>
        <translation>无法打开数据库 {path}：它不是文件</translation>
    </message>
    <message>
        <source>{path} is not a KPM Desktop database (not SQLite)</source>
        <translation>{path} 不是 KPM Desktop 数据库（不是 SQLite）</translation>
    </message>
    <message>
        <source>The database {database} is damaged or not a database: {reason}</source>
        <translation>数据库 {database} 已损坏或不是数据库：{reason}</translation>
    </message>
    <message>
        <source>The database {database} is locked by another program; close it and try again</source>
        <translation>数据库 {database} 被其他程序锁定；请关闭该程序后重试</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: check the path and its permissions</source>
        <translation>无法打开数据库 {database}：请检查路径及其权限</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {reason}</source>
        <translation>无法使用数据库 {database}：{reason}</translation>
    </message>
    <message>
        <source>Cannot connect to {url}: {reason}</source>
        <translation>无法连接到 {url}：{reason}</translation>
    </message>
    <message>
        <source>The database {url} is damaged or not a database: {reason}</source>
        <translation>数据库 {url} 已损坏或不是数据库：{reason}</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it; your change was not saved. Reload it to see the other change, then make yours again (you had version {expected}, it is now {stored})</source>
        <translation>您打开{record}后，它已被他人修改；您的修改未保存。请重新加载查看对方的修改，然后再次修改（您打开的是版本 {expected}，现在是 {stored}）</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it; your change was not saved. Reload it to see the other change, then make yours again</source>
        <translation>您打开{record}后，它已被他人修改；您的修改未保存。请重新加载查看对方的修改，然后再次修改</translation>
    </message>
    <message>
        <source>{records} were changed by someone else since you opened them; reload and try again</source>
        <translation>您打开{records}后，它们已被他人修改；请重新加载后重试</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it; reload and try again</source>
        <translation>您打开{record}后，它已被他人修改；请重新加载后重试</translation>
    </message>
    <message>
        <source>The record was changed by someone else since you opened it; reload and try again</source>
        <translation>您打开该记录后，它已被他人修改；请重新加载后重试</translation>
    </message>
    <message>
        <source>Not signed in: an unattended start needs KPM_USER and KPM_PASSWORD (or KPM_ADMIN_PASSWORD when the database has no admin yet)</source>
        <translation>未登录：无人值守启动需要 KPM_USER 和 KPM_PASSWORD（数据库尚无管理员时需要 KPM_ADMIN_PASSWORD）</translation>
    </message>
    <message>
        <source>{code} has a comment but no rating</source>
        <translation>{code} 有备注但没有评分</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({exc})</source>
        <translation>{path}：无法读取文件（{exc}）</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>Change &amp;role...</source>
        <translation>更改角色(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>重置密码(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>The role of %1 changed.</source>
        <translation>已更改 %1 的角色。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation>已停用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 may sign in again.</source>
        <translation>用户 %1 已重新启用，可以登录。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 已解锁，可以再次登录。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Linked staff</source>
        <translation>关联员工</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Sign-in lock</source>
        <translation>登录锁定</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s)</source>
        <translation>
            <numerusform>连续 %n 次登录失败</numerusform>
        </translation>
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
