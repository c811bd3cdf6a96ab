<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Xiangshu Workbench: public data resources for Hunan&apos;s data bureaus.</source>
        <translation>湘数工作台：湖南省数据管理部门的公共数据资源工作台。</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>打开 PATH 处的数据库。</translation>
    </message>
    <message>
        <source>Unlock with the recovery passphrase in FILE (first line), for scripted starts.</source>
        <translation>用 FILE（第一行）中的恢复口令解锁，供脚本启动使用。</translation>
    </message>
    <message>
        <source>Open on AREA: catalog, sharing, registration, grants, pricing, audits, sync or audit.</source>
        <translation>启动后打开指定区域 AREA：catalog、sharing、registration、grants、pricing、audits、sync 或 audit。</translation>
    </message>
</context>
<context>
    <name>xs::AccessPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a workflow command for %2</source>
        <translation>“%1”不是%2的流程操作</translation>
    </message>
    <message>
        <source>the catalog entry does not exist on the hub</source>
        <translation>枢纽上没有该目录条目</translation>
    </message>
    <message>
        <source>a %1 may not %2 catalog entries</source>
        <translation>%1无权对目录条目执行“%2”</translation>
    </message>
    <message>
        <source>the entry belongs to another department</source>
        <translation>该条目属于其他部门</translation>
    </message>
    <message>
        <source>cannot %1 an entry that is %2</source>
        <translation>条目处于“%2”状态，不能执行“%1”</translation>
    </message>
    <message>
        <source>a %1 may not edit catalog entries</source>
        <translation>%1无权编辑目录条目</translation>
    </message>
    <message>
        <source>cataloguers create and edit entries of their own department only</source>
        <translation>编目员只能创建和编辑本部门的条目</translation>
    </message>
    <message>
        <source>the status changes only through workflow commands</source>
        <translation>状态只能通过流程操作改变</translation>
    </message>
    <message>
        <source>a %1 may not edit data items</source>
        <translation>%1无权编辑数据项</translation>
    </message>
    <message>
        <source>the data item&apos;s catalog entry does not exist on the hub</source>
        <translation>枢纽上没有该数据项所属的目录条目</translation>
    </message>
    <message>
        <source>a %1 may not change records</source>
        <translation>%1无权修改记录</translation>
    </message>
    <message>
        <source>only administrators maintain departments</source>
        <translation>只有管理员可以维护部门</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>未知的实体“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration step</source>
        <translation>“%1”不是登记步骤</translation>
    </message>
    <message>
        <source>the registration does not exist on the hub</source>
        <translation>省枢纽上不存在该登记申请</translation>
    </message>
    <message>
        <source>a %1 may not take registration steps</source>
        <translation>%1无权办理登记步骤</translation>
    </message>
    <message>
        <source>only administrators publish the working-day calendar</source>
        <translation>只有管理员可以发布工作日历</translation>
    </message>
    <message>
        <source>a calendar year&apos;s record id must be the one derived from its year</source>
        <translation>日历年度记录的标识必须由年份生成</translation>
    </message>
    <message>
        <source>a %1 may not edit registrations</source>
        <translation>%1无权编辑登记申请</translation>
    </message>
    <message>
        <source>only an application not yet accepted can be deleted</source>
        <translation>只能删除尚未受理的申请</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes only through registration steps</source>
        <translation>“%1”只能通过登记步骤变更</translation>
    </message>
    <message>
        <source>only administrators set registration deadlines</source>
        <translation>只有管理员可以设置登记时限</translation>
    </message>
    <message>
        <source>a deadline rule&apos;s record id must be the one derived from its step</source>
        <translation>时限规则记录的标识必须由环节名称生成</translation>
    </message>
    <message>
        <source>only administrators maintain checklist templates</source>
        <translation>只有管理员维护核查清单模板</translation>
    </message>
    <message>
        <source>a published checklist is not changed: publish a new version instead</source>
        <translation>已发布的清单不能修改：请发布新版本</translation>
    </message>
    <message>
        <source>the task is assigned to other auditors</source>
        <translation>该任务已分派给其他核查员</translation>
    </message>
    <message>
        <source>an auditor of the task cannot also review it</source>
        <translation>该任务的核查员不能复核本任务</translation>
    </message>
    <message>
        <source>only a planned task is deleted, by its planner</source>
        <translation>只有计划中的任务可由计划人员删除</translation>
    </message>
    <message>
        <source>a task under review or completed is not changed</source>
        <translation>待复核或已完成的任务不能修改</translation>
    </message>
    <message>
        <source>managers plan and assign tasks</source>
        <translation>任务由负责人计划和分派</translation>
    </message>
    <message>
        <source>a %1 may not plan field audits</source>
        <translation>%1无权计划现场核查</translation>
    </message>
    <message>
        <source>the audit task does not exist on the hub</source>
        <translation>核查任务在中心不存在</translation>
    </message>
    <message>
        <source>the visit is recorded while the task is in progress</source>
        <translation>只能在任务进行中记录核查情况</translation>
    </message>
    <message>
        <source>the record does not exist on the hub</source>
        <translation>该记录在中心不存在</translation>
    </message>
    <message>
        <source>a %1 may not %2</source>
        <translation>%1无权执行“%2”</translation>
    </message>
    <message>
        <source>cannot %1 a record that is %2</source>
        <translation>记录处于“%2”状态，不能执行“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes only through workflow steps</source>
        <translation>“%1”只能通过流程步骤变更</translation>
    </message>
    <message>
        <source>the rectification order is addressed to another department or operator</source>
        <translation>该整改通知下达给其他部门或运营机构</translation>
    </message>
    <message>
        <source>only administrators delete rectification orders</source>
        <translation>只有管理员可以删除整改通知</translation>
    </message>
    <message>
        <source>a %1 may not issue rectification orders</source>
        <translation>%1无权下达整改通知</translation>
    </message>
    <message>
        <source>an order is corrected only before the rectification begins</source>
        <translation>整改开始后不能再修改整改通知</translation>
    </message>
    <message>
        <source>the file of a piece of evidence is not replaced: add the new file as new evidence</source>
        <translation>证据的文件不能替换：请把新文件作为新的证据添加</translation>
    </message>
    <message>
        <source>only the department holding the data answers this sharing request</source>
        <translation>只有数据提供部门可以答复此共享申请</translation>
    </message>
    <message>
        <source>only the requesting department supplies material for or withdraws this request</source>
        <translation>只有申请部门可以补正材料或撤回此申请</translation>
    </message>
    <message>
        <source>only administrators delete sharing requests</source>
        <translation>只有管理员可以删除共享申请</translation>
    </message>
    <message>
        <source>a %1 may not ask for shared data</source>
        <translation>%1不能申请共享数据</translation>
    </message>
    <message>
        <source>a department asks for shared data in its own name</source>
        <translation>部门只能以本部门名义申请共享数据</translation>
    </message>
    <message>
        <source>a sharing request is changed only to supply requested material</source>
        <translation>共享申请只能在补正材料时修改</translation>
    </message>
    <message>
        <source>ask again for another resource or department</source>
        <translation>如需申请其他资源或更换申请部门，请另行提出申请</translation>
    </message>
    <message>
        <source>only administrators delete quality feedback</source>
        <translation>只有管理员可以删除质量反馈</translation>
    </message>
    <message>
        <source>a %1 may not file quality feedback</source>
        <translation>%1不能提交质量反馈</translation>
    </message>
    <message>
        <source>a department files quality feedback in its own name</source>
        <translation>部门只能以本部门名义提交质量反馈</translation>
    </message>
    <message>
        <source>feedback is corrected only before it is verified</source>
        <translation>质量反馈只能在核实前修改</translation>
    </message>
    <message>
        <source>file new feedback for another resource</source>
        <translation>如需反馈其他资源，请另行提交</translation>
    </message>
    <message>
        <source>the open-data demand is assigned to another department</source>
        <translation>该开放需求由其他部门承办</translation>
    </message>
    <message>
        <source>only administrators delete open-data demands</source>
        <translation>只有管理员可以删除开放需求</translation>
    </message>
    <message>
        <source>a %1 may not register open-data demands</source>
        <translation>%1不能登记开放需求</translation>
    </message>
    <message>
        <source>an open-data demand is corrected only before it is accepted</source>
        <translation>开放需求只能在受理前修改</translation>
    </message>
    <message>
        <source>only administrators delete usage records</source>
        <translation>只有管理员可以删除使用记录</translation>
    </message>
    <message>
        <source>a usage record is kept as written: add a new one</source>
        <translation>使用记录登记后不再修改，请另行登记</translation>
    </message>
    <message>
        <source>a %1 may not record the use of shared data</source>
        <translation>%1不能登记共享数据使用记录</translation>
    </message>
    <message>
        <source>the sharing request does not exist</source>
        <translation>共享申请不存在</translation>
    </message>
    <message>
        <source>only the requesting department records its use of the data</source>
        <translation>只有申请部门可以登记数据使用情况</translation>
    </message>
    <message>
        <source>use is recorded once the data has been delivered</source>
        <translation>数据交付后才能登记使用记录</translation>
    </message>
    <message>
        <source>usage records are kept %1 years: this one until %2</source>
        <translation>使用记录至少保存 %1 年：此记录须保存至 %2</translation>
    </message>
    <message>
        <source>the data is used between its delivery and today</source>
        <translation>使用日期须在交付日期与今天之间</translation>
    </message>
    <message>
        <source>only administrators delete security reviews</source>
        <translation>只有管理员可以删除安全审查</translation>
    </message>
    <message>
        <source>a %1 may not make security reviews</source>
        <translation>%1不能进行安全审查</translation>
    </message>
    <message>
        <source>a concluded security review is never changed</source>
        <translation>已得出结论的安全审查不能再修改</translation>
    </message>
    <message>
        <source>start a new review for another subject or checklist</source>
        <translation>审查其他对象或使用其他核查清单，请发起新的审查</translation>
    </message>
    <message>
        <source>an update frequency is retired, never deleted</source>
        <translation>更新频率只能停用，不能删除</translation>
    </message>
    <message>
        <source>only administrators maintain update frequencies</source>
        <translation>只有管理员可以维护更新频率</translation>
    </message>
    <message>
        <source>only administrators set the scorecard&apos;s weights</source>
        <translation>只有管理员可以设置考核权重</translation>
    </message>
    <message>
        <source>the sign-off is given only by the department head&apos;s step</source>
        <translation>签发只能由部门负责人通过签发步骤完成</translation>
    </message>
    <message>
        <source>a published entry changes through a revision that another person approves</source>
        <translation>已发布条目须通过修订变更，并由他人审核批准</translation>
    </message>
    <message>
        <source>only the entry&apos;s department revises it</source>
        <translation>只有条目所属部门可以修订</translation>
    </message>
    <message>
        <source>only administrators delete revisions: discard it</source>
        <translation>只有管理员可以删除修订，请改为放弃修订</translation>
    </message>
    <message>
        <source>a revision is changed only while it is being revised</source>
        <translation>修订只能在修订中状态下修改</translation>
    </message>
    <message>
        <source>a revision stays with its entry</source>
        <translation>修订不能改挂到其他条目</translation>
    </message>
    <message>
        <source>a revision&apos;s period is extended only once</source>
        <translation>修订期限只能延长一次</translation>
    </message>
    <message>
        <source>the person who submitted a revision does not decide on it: another reviewer does</source>
        <translation>提交修订的人不能审核该修订，须由其他审核员办理</translation>
    </message>
    <message>
        <source>the entry is no longer published</source>
        <translation>该条目已不在发布状态</translation>
    </message>
    <message>
        <source>only the hub takes the step &quot;%1&quot;</source>
        <translation>只有省枢纽可执行步骤“%1”</translation>
    </message>
    <message>
        <source>the agreement does not exist on the hub</source>
        <translation>该授权运营协议在省枢纽上不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not changed once the application is decided</source>
        <translation>申请办结后不能再修改“%1”</translation>
    </message>
    <message>
        <source>only who added the record uploads its file</source>
        <translation>只有添加该记录的人可以上传其文件</translation>
    </message>
    <message>
        <source>a %1 may not read the files of field audits and registrations</source>
        <translation>%1无权查看现场核查和登记的文件</translation>
    </message>
    <message>
        <source>a %1 may not add application materials</source>
        <translation>%1无权添加申请材料</translation>
    </message>
    <message>
        <source>the file of a material is not replaced: add the new file as another one</source>
        <translation>材料文件不可替换：请将新文件另行添加</translation>
    </message>
</context>
<context>
    <name>xs::AccountsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>End &amp;All Sessions</source>
        <translation>注销全部会话(&amp;A)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>End &amp;Selected Session</source>
        <translation>注销所选会话(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Passwords are reset on the hub&apos;s machine: xiangshu-hub users reset-password NAME. A new password ends the account&apos;s other sessions.</source>
        <translation>密码在省枢纽服务器上重置：xiangshu-hub users reset-password 用户名。设置新密码会注销该账号的其他会话。</translation>
    </message>
    <message>
        <source>Sign in to the hub (Sync area) to administer its accounts.</source>
        <translation>请先在“同步”中登录省枢纽，才能管理其账号。</translation>
    </message>
    <message>
        <source>Only administrators administer the hub&apos;s accounts.</source>
        <translation>只有管理员可以管理省枢纽的账号。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>共 %n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions of %1: %n</source>
        <translation>
            <numerusform>%1 的会话：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>%1 的会话</translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable %1? Their sessions end at once and they cannot log in until an administrator enables the account again.</source>
        <translation>停用 %1？其所有会话立即失效，在管理员重新启用前无法登录。</translation>
    </message>
    <message>
        <source>End Sessions</source>
        <translation>注销会话</translation>
    </message>
    <message>
        <source>End this session of %1? That desktop must log in again.</source>
        <translation>注销 %1 的这个会话？该电脑须重新登录。</translation>
    </message>
    <message>
        <source>End every session of %1? Each of their desktops must log in again.</source>
        <translation>注销 %1 的全部会话？其每台电脑都须重新登录。</translation>
    </message>
    <message>
        <source>Your own account: another administrator disables it if need be.</source>
        <translation>这是您自己的账号：如需停用，请由其他管理员操作。</translation>
    </message>
</context>
<context>
    <name>xs::AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Accounts &amp;&amp; Sessions</source>
        <translation>账号与会话</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>&amp;Publish Holiday Schedule...</source>
        <translation>发布节假日安排(&amp;P)...</translation>
    </message>
    <message>
        <source>Holiday Schedules</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>&amp;Change Rule...</source>
        <translation>修改时限(&amp;C)...</translation>
    </message>
    <message>
        <source>Deadline Rules</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Filter by code, name or division</source>
        <translation>按代码、名称或行政区划筛选</translation>
    </message>
    <message>
        <source>Only administrators change this.</source>
        <translation>只有管理员可以修改。</translation>
    </message>
</context>
<context>
    <name>xs::AdminTables</name>
    <message>
        <source>Acceptance</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Formal review</source>
        <translation>形式审核</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Cancellation review</source>
        <translation>注销登记审核</translation>
    </message>
    <message>
        <source>Validity of a registration</source>
        <translation>登记有效期</translation>
    </message>
    <message>
        <source>Renewal window</source>
        <translation>续展申请期</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation>续展期限</translation>
    </message>
    <message>
        <source>First registration of products</source>
        <translation>产品首次登记</translation>
    </message>
    <message>
        <source>Reply to an open-data demand</source>
        <translation>开放需求答复</translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation>价格调整</translation>
    </message>
    <message>
        <source>Review of price caps</source>
        <translation>价格上限复核</translation>
    </message>
    <message>
        <source>Trial price period</source>
        <translation>试行价格期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号数</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Edits a department&apos;s catalog entries and data items, and submits them for publication</source>
        <translation>编辑本部门的目录条目和数据项，并提交发布</translation>
    </message>
    <message>
        <source>Works the registration queue: acceptance, missing material, formal review, public notice, objections and coding; publishes catalog entries</source>
        <translation>办理登记队列：受理、补正材料、形式审核、公示、异议处理和赋码；发布目录条目</translation>
    </message>
    <message>
        <source>Reads dashboards; signs off on grants and price caps</source>
        <translation>查看看板；审签授权和价格上限</translation>
    </message>
    <message>
        <source>Visits operators and departments, records findings offline and syncs later</source>
        <translation>赴运营机构和部门现场核查，离线记录问题，事后同步</translation>
    </message>
    <message>
        <source>Users, roles, departments, holiday schedules, deadline rules and the hub connection</source>
        <translation>用户、角色、部门、节假日安排、办理时限和省枢纽连接</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源数</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省直部门</translation>
    </message>
    <message>
        <source>City or prefecture</source>
        <translation>市州部门</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>公共企事业单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %1</source>
        <translation>
            <numerusform>%n 天：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效情况</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置默认值</translation>
    </message>
    <message>
        <source>Published by %1, not yet synced</source>
        <translation>%1 已发布，尚未同步</translation>
    </message>
    <message>
        <source>Version %1, published by %2</source>
        <translation>第 %1 版，%2 发布</translation>
    </message>
</context>
<context>
    <name>xs::AgreementScope</name>
    <message>
        <source>&quot;%1&quot; is not an entry of the catalog: choose the resources from the authorized-operation catalog</source>
        <translation>“%1”不是目录中的条目：请从授权运营目录中选择数据资源</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a published entry of the authorized-operation catalog (授权运营目录)</source>
        <translation>“%1”不是授权运营目录中已发布的条目</translation>
    </message>
</context>
<context>
    <name>xs::AttachmentRecords</name>
    <message>
        <source>a file holds 1 byte to %1 MiB; this one has %2 bytes</source>
        <translation>文件大小应为 1 字节至 %1 MiB，此文件为 %2 字节</translation>
    </message>
    <message>
        <source>a file is a JPEG or PNG image or a PDF document</source>
        <translation>文件须为 JPEG、PNG 图片或 PDF 文档</translation>
    </message>
</context>
<context>
    <name>xs::AttachmentStore</name>
    <message>
        <source>part %1 of attachment %2 is missing</source>
        <translation>附件 %2 缺少第 %1 部分</translation>
    </message>
    <message>
        <source>attachment %1 is not on this computer</source>
        <translation>本机没有附件 %1</translation>
    </message>
    <message>
        <source>not stored on this computer</source>
        <translation>本机未保存</translation>
    </message>
    <message>
        <source>%1 bytes stored, %2 expected</source>
        <translation>已保存 %1 字节，应为 %2 字节</translation>
    </message>
    <message>
        <source>SHA-256 is %1, expected %2</source>
        <translation>SHA-256 为 %1，应为 %2</translation>
    </message>
    <message>
        <source>no stored file for %1 %2</source>
        <translation>本机没有 %1 %2 的文件</translation>
    </message>
</context>
<context>
    <name>xs::AttachmentSync</name>
    <message>
        <source>a transfer is already running</source>
        <translation>已有传输正在进行</translation>
    </message>
    <message>
        <source>the file has not reached the hub yet: its auditor&apos;s desktop sends it on its next sync</source>
        <translation>文件尚未到达省枢纽：核查员的电脑会在下次同步时发送</translation>
    </message>
    <message>
        <source>the downloaded file does not match the SHA-256 its record names</source>
        <translation>下载的文件与其记录中的 SHA-256 不符</translation>
    </message>
    <message>
        <source>chunk %1 has the wrong length</source>
        <translation>第 %1 块的长度不对</translation>
    </message>
</context>
<context>
    <name>xs::AuditLogModel</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
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
        <source>Workflow step</source>
        <translation>流程步骤</translation>
    </message>
    <message>
        <source>Received from the hub</source>
        <translation>自省枢纽接收</translation>
    </message>
    <message>
        <source>Deleted on the hub</source>
        <translation>省枢纽已删除</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>省枢纽拒绝</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>省枢纽</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Received from the hub (batch)</source>
        <translation>从省枢纽批量接收</translation>
    </message>
    <message>
        <source>Sync cursor</source>
        <translation>同步游标</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in this cursor range</source>
        <translation>
            <numerusform>该游标区间内 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::AuditPage</name>
    <message>
        <source>Search record, field, values, reason</source>
        <translation>搜索记录、字段、取值、理由</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>自：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部用户</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s), each linked to the one before by its SHA-256 hash.</source>
        <translation>
            <numerusform>审计记录完整：共 %n 条，每条均以 SHA-256 哈希与前一条相连。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>审计记录链已断开：%1</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit records</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No audit records match these filters.</source>
        <translation>没有符合筛选条件的审计记录。</translation>
    </message>
    <message>
        <source>No audit records yet. Every change made in this app, every workflow step and every record received from the hub will be listed here.</source>
        <translation>暂无审计记录。在本应用中所做的每项修改、每个流程步骤以及从省枢纽接收的每条记录都会列在这里。</translation>
    </message>
    <message>
        <source>The hub has anchored it up to record %1 (%2).</source>
        <translation>省枢纽已将其锚定至第 %1 条记录（%2）。</translation>
    </message>
</context>
<context>
    <name>xs::AuditTaskListModel</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>核查类型</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>核查对象</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>核查员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>xs::AuditTrail</name>
    <message>
        <source>audit record %1 does not follow the record before it (a record was removed, inserted or altered)</source>
        <translation>第 %1 条审计记录与前一条不相衔接（有记录被删除、插入或篡改）</translation>
    </message>
    <message>
        <source>audit record %1 was altered after it was written</source>
        <translation>第 %1 条审计记录在写入后被篡改</translation>
    </message>
</context>
<context>
    <name>xs::BackupController</name>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Xiangshu database (*.db)</source>
        <translation>湘数数据库 (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is always written to a new file; choose another name.</source>
        <translation>%1 已存在。备份总是写入新文件，请换一个文件名。</translation>
    </message>
    <message>
        <source>Writing and verifying the backup...</source>
        <translation>正在写入并校验备份……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并通过校验：%1</translation>
    </message>
</context>
<context>
    <name>xs::BulkEditDialog</name>
    <message>
        <source>Bulk Edit</source>
        <translation>批量修改</translation>
    </message>
    <message numerus="yes">
        <source>Set one field on the %n selected entries.</source>
        <translation>
            <numerusform>为所选的 %n 个条目设置同一字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed when a selected entry is published</source>
        <translation>所选条目中有已发布条目时必须填写</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>新值(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Apply to all</source>
        <translation>全部应用(&amp;A)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n entries would break a rule.</source>
        <translation>
            <numerusform>未做任何修改：%n 个条目会违反规则。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::CalendarCommands</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>N must be a whole number from 0 to 100000.</source>
        <translation>N 必须是 0 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli calendar is-workday DATE | add-workdays DATE N | workdays-between A B | years | publish FILE</source>
        <translation>用法：xiangshu-cli calendar is-workday 日期 | add-workdays 日期 N | workdays-between A B | years | publish 文件</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Published the holiday schedule of %1 (%2).</source>
        <translation>已发布 %1 年节假日安排（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n provisional deadline(s) counted again on it.</source>
        <translation>
            <numerusform>已据此重新计算 %n 个暂定期限。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::CalendarPublisher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a holiday schedule.</source>
        <translation>%1 过大，不是节假日安排文件。</translation>
    </message>
    <message>
        <source>%1 is not a holiday schedule: %2</source>
        <translation>%1 不是节假日安排文件：%2</translation>
    </message>
    <message>
        <source>Only administrators publish holiday schedules.</source>
        <translation>只有管理员可以发布节假日安排。</translation>
    </message>
</context>
<context>
    <name>xs::CalendarYear</name>
    <message>
        <source>the calendar&apos;s %1 are not a list</source>
        <translation>日历的 %1 不是列表</translation>
    </message>
    <message>
        <source>the calendar names no valid year</source>
        <translation>日历未标明有效年份</translation>
    </message>
    <message>
        <source>the calendar of %1 does not cite the notice it comes from</source>
        <translation>%1 年日历未注明所依据的通知</translation>
    </message>
    <message>
        <source>the calendar of %1 lists too many days</source>
        <translation>%1 年日历列出的日期过多</translation>
    </message>
    <message>
        <source>a holiday in the calendar of %1 has no name or invalid dates</source>
        <translation>%1 年日历中有节假日缺少名称或日期无效</translation>
    </message>
    <message>
        <source>a make-up working day in the calendar of %1 has an invalid date</source>
        <translation>%1 年日历中有调休上班日的日期无效</translation>
    </message>
</context>
<context>
    <name>xs::CapSignOff</name>
    <message>
        <source>Cap in force: %1 yuan (signed off by %2)</source>
        <translation>现行价格上限：%1 元（签批人 %2）</translation>
    </message>
    <message>
        <source>No cap in force</source>
        <translation>尚无生效的价格上限</translation>
    </message>
    <message>
        <source>cap of %1 yuan proposed by %2, waiting for sign-off</source>
        <translation>%2 提议价格上限 %1 元，待签批</translation>
    </message>
    <message>
        <source>removal of the cap proposed by %1, waiting for sign-off</source>
        <translation>%1 提议取消价格上限，待签批</translation>
    </message>
    <message>
        <source>No cap is in force yet: until a manager signs one off, only a trial price (试行) may be charged.</source>
        <translation>尚无生效的价格上限：在管理人员签批上限之前，只能按试行价格收费。</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;.</source>
        <translation>未知的步骤“%1”。</translation>
    </message>
    <message>
        <source>Your role may not take this step.</source>
        <translation>您的角色不能执行此步骤。</translation>
    </message>
    <message>
        <source>No proposed cap is waiting for a sign-off.</source>
        <translation>没有待签批的价格上限提议。</translation>
    </message>
    <message>
        <source>You proposed this cap: another manager signs it off (four eyes).</source>
        <translation>该价格上限由您提议，须由另一名管理人员签批（双人复核）。</translation>
    </message>
    <message>
        <source>The price is above the cap in force (%1 yuan): lower it before returning the proposal.</source>
        <translation>现行价格高于生效的价格上限（%1 元）：请先下调价格，再退回该提议。</translation>
    </message>
    <message>
        <source>The trial period (试行) ended on %1: a manager must sign off a cap before this product charges again.</source>
        <translation>试行期已于 %1 结束：须经管理人员签批价格上限后，本产品方可继续收费。</translation>
    </message>
</context>
<context>
    <name>xs::CatalogBulkEdit</name>
    <message>
        <source>%1 cannot be edited in bulk.</source>
        <translation>“%1”不能批量修改。</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <source>This entry is published: give a reason for the change.</source>
        <translation>该条目已发布：请填写修改原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries would break a rule; nothing was changed.</source>
        <translation>
            <numerusform>%n 个条目会违反规则，未做任何修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry is published: change it through a revision.</source>
        <translation>该条目已发布，请通过修订变更。</translation>
    </message>
</context>
<context>
    <name>xs::CatalogColumns</name>
    <message>
        <source>「%1」 is not 是 or 否.</source>
        <translation>「%1」不是“是”或“否”。</translation>
    </message>
    <message>
        <source>「%1」 is not a date (YYYY-MM-DD).</source>
        <translation>「%1」不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>「%1」 is not a whole number.</source>
        <translation>「%1」不是整数。</translation>
    </message>
    <message>
        <source>Longer than %1 characters.</source>
        <translation>超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The data items are not a JSON array: %1.</source>
        <translation>数据项不是 JSON 数组：%1。</translation>
    </message>
    <message>
        <source>Data item %1 is not an object.</source>
        <translation>第 %1 个数据项不是对象。</translation>
    </message>
    <message>
        <source>Data item %1: %2</source>
        <translation>第 %1 个数据项：%2</translation>
    </message>
</context>
<context>
    <name>xs::CatalogCommands</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Say the format with --format csv|xlsx|json.</source>
        <translation>请用 --format csv|xlsx|json 指明格式。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3%4</source>
        <translation>第 %1 行（%2）：%3%4</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 failed.</source>
        <translation>新建 %1 条，更新 %2 条，未变 %3 条，失败 %4 条。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Unknown catalog &quot;%1&quot;: use share, open or authorized.</source>
        <translation>未知目录“%1”：请用 share、open 或 authorized。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>%1 entries exported to %2.</source>
        <translation>已导出 %1 个条目到 %2。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
</context>
<context>
    <name>xs::CatalogEntryEditor</name>
    <message>
        <source>&amp;Fields</source>
        <translation>字段(&amp;F)</translation>
    </message>
    <message>
        <source>Data &amp;items</source>
        <translation>数据项(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变更历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>撤销修改(&amp;V)</translation>
    </message>
    <message>
        <source>New catalog entry</source>
        <translation>新建目录条目</translation>
    </message>
    <message>
        <source>Draft, not saved yet</source>
        <translation>草稿，尚未保存</translation>
    </message>
    <message>
        <source>Status: %1%2</source>
        <translation>状态：%1%2</translation>
    </message>
    <message>
        <source> — read only for your role</source>
        <translation> —— 您的角色只能查看</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 填写日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the data items: every item needs a Chinese name, an identifier of letters, digits and _, and a data type.</source>
        <translation>
            <numerusform>数据项中有 %n 个问题：每个数据项都需要中文名称、由字母数字下划线组成的标识符和数据类型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for changing a published entry</source>
        <translation>修改已发布条目的原因</translation>
    </message>
    <message>
        <source>Reason for restoring this version</source>
        <translation>恢复此版本的原因</translation>
    </message>
    <message>
        <source>Why is this change made? It is kept in the history.</source>
        <translation>为什么做此修改？原因会记入变更历史。</translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>Quality: accuracy %1 · completeness %2 · timeliness %3 · consistency %4</source>
        <translation>质量：准确性 %1 · 完整性 %2 · 及时性 %3 · 一致性 %4</translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>暂不可用：%1。</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <translation>负责人 %1 已于 %2 签发</translation>
    </message>
    <message>
        <source>Not signed off by the department head</source>
        <translation>部门负责人尚未签发</translation>
    </message>
    <message>
        <source>Revision awaiting review</source>
        <translation>修订待审核</translation>
    </message>
    <message>
        <source>Being revised: the form shows the revision, the published version stays in use</source>
        <translation>修订中：表单显示修订稿，发布版本仍在使用</translation>
    </message>
    <message>
        <source>Reason for changing the data items</source>
        <translation>修改数据项的原因</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>No field differs from the published version: there is nothing to revise.</source>
        <translation>没有字段与发布版本不同，无需修订。</translation>
    </message>
    <message>
        <source>Revisi&amp;on</source>
        <translation>修订(&amp;O)</translation>
    </message>
</context>
<context>
    <name>xs::CatalogExportAction</name>
    <message>
        <source>Export Catalog</source>
        <translation>导出目录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部条目</translation>
    </message>
    <message>
        <source>Which entries?</source>
        <translation>导出哪些条目？</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>%1 entries exported to %2.</source>
        <translation>已导出 %1 个条目到 %2。</translation>
    </message>
</context>
<context>
    <name>xs::CatalogExporter</name>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>xs::CatalogFacetModel</name>
    <message>
        <source>Provider department</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Data grade</source>
        <translation>数据分级</translation>
    </message>
    <message>
        <source>Sharing attribute</source>
        <translation>共享属性</translation>
    </message>
    <message>
        <source>Open attribute</source>
        <translation>开放属性</translation>
    </message>
    <message>
        <source>Update frequency</source>
        <translation>更新频率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>未逾期</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>xs::CatalogHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Data item added</source>
        <translation>新增数据项</translation>
    </message>
    <message>
        <source>Data item removed</source>
        <translation>删除数据项</translation>
    </message>
    <message>
        <source>Data item: %1</source>
        <translation>数据项：%1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>xs::CatalogHistoryPanel</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Bring back the entry&apos;s fields as they were right after the selected change. The restore is recorded as a new change.</source>
        <translation>把条目的字段恢复为所选修改刚完成时的样子。恢复本身作为一次新修改记录。</translation>
    </message>
    <message>
        <source>Newest first. Select a change to go back to the version it made.</source>
        <translation>最新的在前。选择一次修改，可回到它形成的版本。</translation>
    </message>
</context>
<context>
    <name>xs::CatalogImportDialog</name>
    <message>
        <source>Import Catalog Entries</source>
        <translation>导入目录条目</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>目录文件 (*.csv *.xlsx *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a .csv, .xlsx or .json file.</source>
        <translation>请选择 .csv、.xlsx 或 .json 文件。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>正在逐行检查……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; %2%3</source>
        <translation>&lt;b&gt;%1 无法导入。&lt;/b&gt;%2%3</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation>（第 %1 行）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dry run of %1&lt;/b&gt;%2: %3 to create, %4 to update, %5 unchanged, %6 failed.</source>
        <translation>&lt;b&gt;%1 试运行结果&lt;/b&gt;%2：将新建 %3 条，更新 %4 条，未变 %5 条，失败 %6 条。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes every row at once.</source>
        <translation>尚未写入任何内容。导入会一次写入全部行。</translation>
    </message>
    <message>
        <source>Fix the failed rows in the file and import it again; nothing is written while a row fails.</source>
        <translation>请在文件中改正失败的行后重新导入；只要有一行失败，就不会写入任何内容。</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>正在导入……</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>xs::CatalogImporter</name>
    <message>
        <source>The JSON file is malformed at byte %1: %2.</source>
        <translation>JSON 文件在第 %1 字节处格式错误：%2。</translation>
    </message>
    <message>
        <source>The JSON file has no &quot;entries&quot; list.</source>
        <translation>JSON 文件没有“entries”列表。</translation>
    </message>
    <message>
        <source>Required columns are missing: %1.</source>
        <translation>缺少必需的列：%1。</translation>
    </message>
    <message>
        <source>Unknown columns: %1.</source>
        <translation>无法识别的列：%1。</translation>
    </message>
    <message>
        <source>The row has %1 cells but there are %2 headings.</source>
        <translation>该行有 %1 个单元格，但表头只有 %2 列。</translation>
    </message>
    <message>
        <source>The resource code %1 is already in row %2.</source>
        <translation>信息资源代码 %1 已出现在第 %2 行。</translation>
    </message>
    <message>
        <source>no department has the code %1.</source>
        <translation>没有代码为 %1 的部门。</translation>
    </message>
    <message>
        <source>an entry that is %1 cannot become %2.</source>
        <translation>处于“%1”状态的条目不能变为“%2”。</translation>
    </message>
    <message>
        <source>Data item %1 (%2): %3</source>
        <translation>第 %1 个数据项（%2）：%3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed the dry run; nothing was imported.</source>
        <translation>
            <numerusform>试运行中有 %n 行失败，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>it cannot be submitted: %1. Import it as a draft and have it signed off.</source>
        <translation>不能提交：%1。请先以草稿导入，经负责人签发后再提交。</translation>
    </message>
    <message>
        <source>the entry is published: change it through a revision.</source>
        <translation>该条目已发布，请通过修订变更。</translation>
    </message>
</context>
<context>
    <name>xs::CatalogPage</name>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>新建条目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Bulk edit...</source>
        <translation>批量修改(&amp;B)…</translation>
    </message>
    <message>
        <source>Showing the entries that claim %1</source>
        <translation>显示声明 %1 为权威来源的条目</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>The catalog cannot be read: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <source>No entries match. Clear a filter or search for less.</source>
        <translation>没有符合条件的条目。请清除筛选或缩短搜索词。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>一数一源 issues (%1)</source>
        <translation>一数一源问题（%1）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to the entry you were editing?</source>
        <translation>是否保存正在编辑的条目的修改？</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>批量修改</translation>
    </message>
    <message>
        <source>Select the entries to change in the table first.</source>
        <translation>请先在表格中选择要修改的条目。</translation>
    </message>
    <message>
        <source>Search the catalog (Ctrl+F)</source>
        <translation>搜索目录（Ctrl+F）</translation>
    </message>
    <message>
        <source>Searches resource names, codes, abstracts and source information systems, Chinese substrings included.</source>
        <translation>搜索资源名称、代码、摘要和来源信息系统，支持中文子串。</translation>
    </message>
    <message>
        <source>Showing the entry of the chosen revision</source>
        <translation>正在显示所选修订的条目</translation>
    </message>
    <message>
        <source>Revisions to review (%1)</source>
        <translation>待审修订（%1）</translation>
    </message>
    <message>
        <source>Showing the entry that holds the data item %1</source>
        <translation>显示包含数据项“%1”的资源</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>一数一源 issues (counting…)</source>
        <translation>一数一源问题（正在计数…）</translation>
    </message>
    <message>
        <source>一数一源 issues (not read)</source>
        <translation>一数一源问题（未能读取）</translation>
    </message>
</context>
<context>
    <name>xs::CatalogRepository</name>
    <message>
        <source>This entry is published: give a reason for the change.</source>
        <translation>该条目已发布：请填写修改原因。</translation>
    </message>
    <message>
        <source>This step does not apply to an entry that is %1.</source>
        <translation>处于“%1”状态的条目不能执行此步骤。</translation>
    </message>
    <message>
        <source>Data item %1: %2</source>
        <translation>数据项 %1：%2</translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionDialog</name>
    <message>
        <source>Save as a Revision</source>
        <translation>保存为修订</translation>
    </message>
    <message>
        <source>The revision was not saved: %1</source>
        <translation>修订未保存：%1</translation>
    </message>
    <message>
        <source>Changed: %1. The published version stays in use until another person approves the revision. After a change of law or of the department&apos;s duties the entry is updated within %2 working days (once extendable by %3); the data department decides within %4 working days (政务数据共享条例 §17).</source>
        <translation>修改的字段：%1。修订经他人审核批准前，发布版本继续使用。法律法规或部门职责变化后，应在 %2 个工作日内更新条目（可延长一次，%3 个工作日）；数据主管部门在 %4 个工作日内审核（政务数据共享条例第十七条）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionDiffModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Published (in use)</source>
        <translation>发布版本（使用中）</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>修订稿</translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionPanel</name>
    <message>
        <source>You submitted this revision: another reviewer decides on it.</source>
        <translation>本修订由您提交，须由其他审核员审核。</translation>
    </message>
    <message>
        <source>No revision is open. Change the fields and save: the changes become a revision, and the published version stays in use until another person approves it.</source>
        <translation>暂无进行中的修订。修改字段并保存即形成修订稿；他人审核批准前，发布版本继续使用。</translation>
    </message>
    <message>
        <source>Revisions are for published entries; a draft is edited directly.</source>
        <translation>修订仅适用于已发布条目；草稿可直接编辑。</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>%1 · reason: %2</source>
        <translation>%1 · 原因：%2</translation>
    </message>
    <message>
        <source>The department updates the entry by %1%2.</source>
        <translation>部门应于 %1%2 前完成更新。</translation>
    </message>
    <message>
        <source> (extended once)</source>
        <translation>（已延长一次）</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2; the data department decides by %3.</source>
        <translation>%1 于 %2 提交；数据主管部门应于 %3 前审核。</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>%1 退回：%2</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionQueueModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionQueuePanel</name>
    <message>
        <source>Revisions of published entries: the data department decides within 2 working days of a submission, and never on a revision its own reviewer submitted. Choose a row to open the entry at its revision.</source>
        <translation>已发布条目的修订：数据主管部门在提交后 2 个工作日内审核，且审核人不得是提交人。选择一行可打开该条目的修订。</translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionWorkflow</name>
    <message>
        <source>the revised fields are not readable</source>
        <translation>修订字段无法读取</translation>
    </message>
    <message>
        <source>the revision changes nothing</source>
        <translation>修订没有任何改动</translation>
    </message>
    <message>
        <source>a revision does not change %1</source>
        <translation>修订不能修改 %1</translation>
    </message>
    <message>
        <source>only a published entry is revised</source>
        <translation>只有已发布条目才能修订</translation>
    </message>
    <message>
        <source>the entry has an open revision already: continue that one</source>
        <translation>该条目已有进行中的修订，请继续办理该修订</translation>
    </message>
    <message>
        <source>give the day the law or the department&apos;s duties changed</source>
        <translation>请填写法律法规或部门职责变化的日期</translation>
    </message>
    <message>
        <source>explain the reason for the revision</source>
        <translation>请说明修订原因</translation>
    </message>
    <message>
        <source>Being revised</source>
        <translation>修订中</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved and published</source>
        <translation>已批准发布</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Change of law or regulation</source>
        <translation>法律法规变化</translation>
    </message>
    <message>
        <source>Change of the department&apos;s duties</source>
        <translation>部门职责调整</translation>
    </message>
    <message>
        <source>Correction of an error</source>
        <translation>更正错误</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>xs::CatalogRules</name>
    <message>
        <source>「%1」 is not one of: %2.</source>
        <translation>「%1」不是以下之一：%2。</translation>
    </message>
    <message>
        <source>Enter the catalog name.</source>
        <translation>请填写目录名称。</translation>
    </message>
    <message>
        <source>Enter the resource code.</source>
        <translation>请填写信息资源代码。</translation>
    </message>
    <message>
        <source>The resource code must be the class part (类 1 digit, 项 2, 目 3, 细目 3), a slash and a 6-digit sequence, e.g. 101001001/000001.</source>
        <translation>信息资源代码应为分类码（类 1 位、项 2 位、目 3 位、细目 3 位）、斜杠和 6 位顺序码，例如 101001001/000001。</translation>
    </message>
    <message>
        <source>Choose the provider department.</source>
        <translation>请选择提供单位。</translation>
    </message>
    <message>
        <source>Choose the sharing attribute.</source>
        <translation>请选择共享属性。</translation>
    </message>
    <message>
        <source>Conditional sharing needs the sharing scope.</source>
        <translation>有条件共享须填写共享范围。</translation>
    </message>
    <message>
        <source>Conditional sharing needs the purpose of use.</source>
        <translation>有条件共享须填写使用用途。</translation>
    </message>
    <message>
        <source>Not sharing needs a reason.</source>
        <translation>不予共享须说明理由。</translation>
    </message>
    <message>
        <source>Not sharing needs its legal basis (laws, regulations or State Council decisions).</source>
        <translation>不予共享须提供法律依据（法律、行政法规或国务院决定）。</translation>
    </message>
    <message>
        <source>Choose how the data is shared.</source>
        <translation>请选择共享方式。</translation>
    </message>
    <message>
        <source>Conditional opening needs the open conditions.</source>
        <translation>有条件开放须填写开放条件。</translation>
    </message>
    <message>
        <source>Choose the data grade.</source>
        <translation>请选择数据分级。</translation>
    </message>
    <message>
        <source>A data item is graded %1, so the resource must be graded at least %1.</source>
        <translation>有数据项定级为%1，资源的分级不能低于%1。</translation>
    </message>
    <message>
        <source>Choose the update frequency.</source>
        <translation>请选择更新频率。</translation>
    </message>
    <message>
        <source>The authorized-operation catalog needs the data scope.</source>
        <translation>授权运营目录须填写数据范围。</translation>
    </message>
    <message>
        <source>The authorized-operation catalog needs a quality statement.</source>
        <translation>授权运营目录须填写质量声明。</translation>
    </message>
    <message>
        <source>Enter the data item&apos;s Chinese name.</source>
        <translation>请填写数据项中文名称。</translation>
    </message>
    <message>
        <source>Enter the data item&apos;s identifier.</source>
        <translation>请填写数据项标识符。</translation>
    </message>
    <message>
        <source>The identifier starts with a letter and holds only letters, digits and _.</source>
        <translation>标识符以字母开头，只能包含字母、数字和下划线。</translation>
    </message>
    <message>
        <source>Choose the data type.</source>
        <translation>请选择数据类型。</translation>
    </message>
    <message>
        <source>The length must be a positive number.</source>
        <translation>长度必须是正整数。</translation>
    </message>
    <message>
        <source>The resource is graded lower than %1: raise its grade first.</source>
        <translation>资源的分级低于%1：请先提高资源的分级。</translation>
    </message>
    <message>
        <source>Data graded %1 is never opened unconditionally: open it under conditions, or not at all.</source>
        <translation>%1不得无条件开放：请改为有条件开放或不予开放。</translation>
    </message>
</context>
<context>
    <name>xs::CatalogSignOff</name>
    <message>
        <source>Risks under control; may be submitted</source>
        <translation>风险可控，可以提交</translation>
    </message>
    <message>
        <source>Needs changes and a new assessment</source>
        <translation>须调整后重新评估</translation>
    </message>
    <message>
        <source>the impact assessment (confidentiality, personal information and its conclusion) is not complete</source>
        <translation>影响评估（保密、个人信息及评估结论）尚未填写完整</translation>
    </message>
    <message>
        <source>the impact assessment concludes that the entry needs changes; assess it again once they are made</source>
        <translation>影响评估结论为须调整，调整后请重新评估</translation>
    </message>
    <message>
        <source>the department head has not signed off the entry and its impact assessment</source>
        <translation>部门负责人尚未签发该条目及其影响评估</translation>
    </message>
</context>
<context>
    <name>xs::CatalogTableModel</name>
    <message>
        <source>%1 — overdue under its update frequency</source>
        <translation>%1 —— 按更新频率已逾期</translation>
    </message>
    <message>
        <source>Catalog name</source>
        <translation>目录名称</translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation>信息资源代码</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享属性</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开放属性</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Update frequency</source>
        <translation>更新频率</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>xs::CatalogTreeModel</name>
    <message>
        <source>Department / resource / data item</source>
        <translation>部门 / 资源 / 数据项</translation>
    </message>
    <message>
        <source>Resources / code / identifier</source>
        <translation>资源数 / 代码 / 标识符</translation>
    </message>
</context>
<context>
    <name>xs::CatalogVocabulary</name>
    <message>
        <source>Unconditional sharing</source>
        <translation>无条件共享</translation>
    </message>
    <message>
        <source>Conditional sharing</source>
        <translation>有条件共享</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>不予共享</translation>
    </message>
    <message>
        <source>Service interface</source>
        <translation>服务接口</translation>
    </message>
    <message>
        <source>Batch exchange</source>
        <translation>批量交换</translation>
    </message>
    <message>
        <source>File download</source>
        <translation>文件下载</translation>
    </message>
    <message>
        <source>Unconditionally open</source>
        <translation>无条件开放</translation>
    </message>
    <message>
        <source>Conditionally open</source>
        <translation>有条件开放</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>不予开放</translation>
    </message>
    <message>
        <source>Core data</source>
        <translation>核心数据</translation>
    </message>
    <message>
        <source>Important data</source>
        <translation>重要数据</translation>
    </message>
    <message>
        <source>General data</source>
        <translation>一般数据</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>不定期</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Graphics and images</source>
        <translation>图形图像</translation>
    </message>
    <message>
        <source>Streaming media</source>
        <translation>流媒体</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Culture and education</source>
        <translation>文化教育</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通出行</translation>
    </message>
    <message>
        <source>Meteorological services</source>
        <translation>气象服务</translation>
    </message>
    <message>
        <source>Social security</source>
        <translation>社会保障</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Government data sharing catalog</source>
        <translation>政务数据共享目录</translation>
    </message>
    <message>
        <source>Public data open catalog</source>
        <translation>公共数据开放目录</translation>
    </message>
    <message>
        <source>Authorized operation catalog</source>
        <translation>公共数据授权运营目录</translation>
    </message>
</context>
<context>
    <name>xs::ChainAnchors</name>
    <message>
        <source>the hub&apos;s receipt for audit record %1 (%2) is not a valid receipt for this database</source>
        <translation>第 %1 条审计记录的省枢纽回执（%2）不是本数据库的有效回执</translation>
    </message>
    <message>
        <source>the receipt for audit record %1 was signed by key %2, not by the hub&apos;s key %3</source>
        <translation>第 %1 条审计记录的回执由密钥 %2 签名，而不是省枢纽的密钥 %3</translation>
    </message>
    <message>
        <source>the audit trail no longer has record %1, which the hub anchored on %2: it was cut</source>
        <translation>审计记录中已没有省枢纽于 %2 锚定的第 %1 条记录：记录链被截断</translation>
    </message>
    <message>
        <source>audit record %1 is not the one the hub anchored on %2: the trail was cut and rebuilt</source>
        <translation>第 %1 条审计记录不是省枢纽于 %2 锚定的那一条：记录链被截断后重建</translation>
    </message>
</context>
<context>
    <name>xs::ChartCard</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>打印图表</translation>
    </message>
</context>
<context>
    <name>xs::ChartExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>图像无法编码</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation>筛选条件：无</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
</context>
<context>
    <name>xs::ChecklistModel</name>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Choose the result of item %1 first, then add a note.</source>
        <translation>请先选择检查项 %1 的结论，再填写说明。</translation>
    </message>
</context>
<context>
    <name>xs::ChecklistPanel</name>
    <message>
        <source>The checklist of this task is not on this computer yet: sync to fetch it.</source>
        <translation>本任务的检查表尚未下载到本机，请同步后再试。</translation>
    </message>
    <message>
        <source>%1 of %2 items answered, %3 not conforming.</source>
        <translation>已作答 %1/%2 项，其中不符合 %3 项。</translation>
    </message>
    <message>
        <source>Double-click or press F2 on a result or note to answer; each answer is saved at once, offline too.</source>
        <translation>双击或按 F2 填写结论和说明；每项即时保存，离线时同样有效。</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
</context>
<context>
    <name>xs::ChoiceListInput</name>
    <message>
        <source>Add...</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 — can no longer be chosen; kept until removed</source>
        <translation>%1 — 已不可再选，移除前保留</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry known here; kept until removed</source>
        <translation>“%1”不是本机已知的条目，移除前保留</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>选择：%1</translation>
    </message>
</context>
<context>
    <name>xs::ChoicePickerDialog</name>
    <message>
        <source>Type part of a name or department to narrow the list</source>
        <translation>输入名称或部门的一部分以筛选</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Nothing left to choose.</source>
        <translation>没有可选的项。</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 项</translation>
    </message>
</context>
<context>
    <name>xs::CliContext</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty; its first line must hold the passphrase.</source>
        <translation>口令文件 %1 为空，其第一行应为恢复口令。</translation>
    </message>
    <message>
        <source>No database at %1. Create one with &quot;xiangshu-cli init&quot;, or give --database.</source>
        <translation>%1 处没有数据库。请用“xiangshu-cli init”创建，或用 --database 指定。</translation>
    </message>
    <message>
        <source>--no-keychain needs --passphrase-file to unlock the database.</source>
        <translation>使用 --no-keychain 时，需要用 --passphrase-file 解锁数据库。</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>To unlock with the recovery passphrase, put it in a file and add --passphrase-file FILE.</source>
        <translation>如需用恢复口令解锁，请将口令写入文件，并加上 --passphrase-file FILE。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli %1 %2</source>
        <translation>用法：xiangshu-cli %1 %2</translation>
    </message>
</context>
<context>
    <name>xs::CliRunner</name>
    <message>
        <source>Create a new encrypted database; store its key in the keychain and wrap it under a recovery passphrase (--passphrase-file) or a printed recovery code.</source>
        <translation>创建新的加密数据库；密钥存入系统钥匙串，并用恢复口令（--passphrase-file）或打印出的恢复码加以封装。</translation>
    </message>
    <message>
        <source>Show versions, cipher settings, the database id and record counts.</source>
        <translation>显示版本、加密参数、数据库标识和各类记录数。</translation>
    </message>
    <message>
        <source>Exit 0 if the database opens with the stored key (or the passphrase); otherwise 3, 4 or 5.</source>
        <translation>若能用已存密钥（或恢复口令）打开数据库则退出码为 0，否则为 3、4 或 5。</translation>
    </message>
    <message>
        <source>Check every page&apos;s HMAC, SQLite&apos;s integrity and foreign keys; exit 4 names the first failure.</source>
        <translation>校验每一页的 HMAC、SQLite 完整性和外键；失败时退出码为 4，并指出第一处错误。</translation>
    </message>
    <message>
        <source>Online backup to a new file: write, fsync, verify, rename. DEST opens with the same key; the recovery file is copied next to it.</source>
        <translation>在线备份到新文件：写入、落盘、校验、改名。DEST 可用同一密钥打开，恢复文件一并复制到其旁边。</translation>
    </message>
    <message>
        <source>Replace the database key, crash-safely. The new key is wrapped under --new-passphrase-file, else the unlocking passphrase, else a new printed recovery code.</source>
        <translation>更换数据库密钥，崩溃也不丢数据。新密钥依次用 --new-passphrase-file、解锁所用口令或新打印的恢复码封装。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli [global options] COMMAND [arguments] [options]</source>
        <translation>用法：xiangshu-cli [全局选项] 命令 [参数] [选项]</translation>
    </message>
    <message>
        <source>Works offline on the same encrypted database as Xiangshu Workbench.</source>
        <translation>离线操作与湘数工作台相同的加密数据库。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>全局选项（可放在命令之前或之后）：</translation>
    </message>
    <message>
        <source>the database file (default: the app&apos;s own)</source>
        <translation>数据库文件（默认：工作台自己的数据库）</translation>
    </message>
    <message>
        <source>unlock with the recovery passphrase in FILE (first line) instead of the keychain</source>
        <translation>用 FILE（第一行）中的恢复口令解锁，而不用钥匙串</translation>
    </message>
    <message>
        <source>never touch the OS keychain</source>
        <translation>不使用系统钥匙串</translation>
    </message>
    <message>
        <source>machine-readable output: one JSON object on stdout</source>
        <translation>机器可读输出：在标准输出打印一个 JSON 对象</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage, 3 cannot unlock, 4 corrupt, 5 schema newer than this program, 6 sync conflicts or rejections, 7 network or TLS, 8 validation failed.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误，3 无法解锁，4 数据库损坏，5 数据库结构版本高于本程序，6 同步存在冲突或被拒操作，7 网络或 TLS 故障，8 校验未通过。</translation>
    </message>
    <message>
        <source>Run &quot;xiangshu-cli --help&quot; for usage.</source>
        <translation>运行“xiangshu-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;xiangshu-cli --help&quot; for the list.</source>
        <translation>未知命令“%1”。运行“xiangshu-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Wrong arguments for &quot;%1&quot;. Usage: xiangshu-cli %1 %2</source>
        <translation>“%1”的参数有误。用法：xiangshu-cli %1 %2</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>选项 --%1 不适用于“%2”。</translation>
    </message>
    <message>
        <source>Push local changes, then pull the hub&apos;s. Exit 6 if conflicts or rejected changes wait; 7 on network or TLS failure.</source>
        <translation>先推送本机修改，再拉取枢纽的修改。有冲突或被拒修改待处理时退出码为 6；网络或 TLS 失败时为 7。</translation>
    </message>
    <message>
        <source>List the conflicts a sync left, or resolve one by taking this computer&apos;s values or the hub&apos;s.</source>
        <translation>列出同步留下的冲突，或采用本机或枢纽的值解决其中一个。</translation>
    </message>
    <message>
        <source>Import catalog entries. Every row is checked first; the dry run reports each row and writes nothing. A real import writes all rows in one transaction, or nothing and exit 8.</source>
        <translation>导入目录条目。先逐行检查；试运行报告每一行的结果且不写入。正式导入在一个事务中写入全部行，否则什么都不写并以 8 退出。</translation>
    </message>
    <message>
        <source>Export catalog entries with their data items; importing the file gives the same catalog back.</source>
        <translation>导出目录条目及其数据项；再导入该文件可得到相同的目录。</translation>
    </message>
    <message>
        <source>Working days by the official holiday schedules (dates as YYYY-MM-DD). Past the loaded years, days count Monday to Friday and the answer is marked provisional (&quot;provisional&quot;: true). years warns from 1 November when next year&apos;s schedule is missing; publish (administrators) adds a year and counts provisional deadlines again.</source>
        <translation>按国务院节假日安排计算工作日（日期格式 YYYY-MM-DD）。超出已载入年份的日子按周一至周五计算，结果标注为暂定（&quot;provisional&quot;: true）。自 11 月 1 日起次年安排尚未载入时，years 给出警告；publish（管理员）载入一年的安排并重新计算暂定期限。</translation>
    </message>
    <message>
        <source>Search catalog names, codes, abstracts and source systems (Chinese substrings too).</source>
        <translation>搜索目录名称、代码、摘要和来源信息系统（支持中文子串）。</translation>
    </message>
    <message>
        <source>Re-hash every stored evidence file and report each whose SHA-256 no longer matches (exit 4).</source>
        <translation>重新计算每个已保存证据文件的哈希，报告 SHA-256 不再相符的文件（退出码 4）。</translation>
    </message>
    <message>
        <source>tasks lists the field audit tasks on this computer with their state, planned day and auditors; overdue ones are marked. export-report writes a task&apos;s field audit record (现场核查记录) as PDF: checklist, findings, evidence thumbnails and hashes, signature lines.</source>
        <translation>tasks 列出本机的现场核查任务及其状态、计划日期和核查人员，逾期任务会标出。export-report 将任务的现场核查记录导出为 PDF：检查表、发现问题、证据缩略图及哈希值、签字栏。</translation>
    </message>
    <message>
        <source>list shows the requests on this computer (sharing requests, quality feedback and open-data demand: resource, requester, provider, state, running deadline, overdue); export writes every request of one kind (sharing unless --kind says; usage: the records of the use of shared data) with all its fields, for audit bodies.</source>
        <translation>list 列出本机上的申请（共享申请、质量反馈与开放需求：资源、申请方、提供方、状态、当前期限、是否超期）；export 将一类申请（未用 --kind 指定时为共享申请；usage 为共享数据使用记录）的全部字段写入文件，供审计机关使用。</translation>
    </message>
    <message>
        <source>The update frequencies catalog entries choose from (administrators): list them; set adds one or changes after how many days an entry under it is overdue (- for never); retire stops offering one (entries keep it), restore offers it again. Synced through the hub.</source>
        <translation>目录条目可选的更新频率（管理员）：list 列出；set 新增一项或修改超过多少天即为超期（- 表示不会超期）；retire 停用一项（已使用的条目保留），restore 重新启用。经省枢纽同步。</translation>
    </message>
    <message>
        <source>The department scorecard (绩效考核) of a quarter or year (this quarter unless --period names one): every department&apos;s catalog coverage, entries updated on time, sharing requests answered, quality feedback corrected, orders closed and open-data demand answered on time, the weighted score, rank and change on the period before; printed, or written whole to FILE.</source>
        <translation>一个季度或年度的部门绩效考核（未用 --period 指定时为本季度）：各部门的目录覆盖率、按频更新率、共享申请按时答复率、质量反馈按时整改率、整改按时办结率和开放需求按时答复率，加权得分、排名及与上期相比的变化；输出到屏幕，或完整写入 FILE。</translation>
    </message>
    <message>
        <source>The deadline rules of registration and the renewal rule, versioned: list them (built in, or published by whom and when); show one with its earlier values; publish (administrators) a JSON file {&quot;rules&quot;: [{step, value, unit, source}]}, checked whole before anything is written. Synced through the hub; deadlines already running keep the rule they started under.</source>
        <translation>登记时限规则与续展规则（带版本）：list 列出各规则（内置，或由谁于何时发布）；show 显示一条规则及其历次取值；publish（管理员）发布 JSON 文件 {&quot;rules&quot;: [{step, value, unit, source}]}，写入前整体校验。经省枢纽同步；已在计算的期限仍按其开始时的规则。</translation>
    </message>
    <message>
        <source>Log in to the province hub and keep the token in the keychain; the hub address, CA file, pin and signing key are remembered in the database.</source>
        <translation>登录省枢纽并把令牌保存在系统钥匙串中；省枢纽地址、CA 文件、证书指纹和签名公钥记在数据库中。</translation>
    </message>
    <message>
        <source>Search data item names, identifiers and descriptions; each result names its resource. Two characters are enough.</source>
        <translation>搜索数据项的名称、标识符和说明，每条结果注明所属资源。输入两个字即可。</translation>
    </message>
    <message>
        <source>Fill an empty database with deterministic demo data for Hunan (--scale small|bench|large|province).</source>
        <translation>向空数据库填入确定性的湖南演示数据（--scale small|bench|large|province）。</translation>
    </message>
</context>
<context>
    <name>xs::ConflictDialog</name>
    <message>
        <source>Resolve Conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The record was deleted on one side and edited on the other. Choose whether it stays, and for each field in bold which value to keep.</source>
        <translation>该记录在一方被删除，在另一方被修改。请决定是否保留记录，并为每个粗体字段选择要保留的值。</translation>
    </message>
    <message>
        <source>This computer and the hub both changed the fields in bold. Tick the value to keep in each of them. Dimmed fields were changed on one side only and merged by themselves.</source>
        <translation>本机和枢纽都修改了粗体字段，请逐一勾选要保留的值。灰色字段只有一方修改过，已自动合并。</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>全部保留本机(&amp;M)</translation>
    </message>
    <message>
        <source>Take All from &amp;Hub</source>
        <translation>全部采用枢纽(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a value in every row in bold first.</source>
        <translation>请先为每个粗体行选择一个值。</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>无法解决冲突：%1</translation>
    </message>
</context>
<context>
    <name>xs::ConflictFieldsModel</name>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Kept (edited)</source>
        <translation>保留（已修改）</translation>
    </message>
    <message>
        <source>The record itself</source>
        <translation>记录本身</translation>
    </message>
    <message>
        <source>Merged by itself: only one side changed it</source>
        <translation>已自动合并：只有一方修改过</translation>
    </message>
    <message>
        <source>Conflict: choose this computer&apos;s value or the hub&apos;s</source>
        <translation>冲突：请选择本机的值或枢纽的值</translation>
    </message>
    <message>
        <source>Merged by itself</source>
        <translation>已自动合并</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Last agreed</source>
        <translation>上次一致的值</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽</translation>
    </message>
</context>
<context>
    <name>xs::ConflictListModel</name>
    <message>
        <source>Deleted on one side, edited on the other</source>
        <translation>一方删除，另一方修改</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>发生时间</translation>
    </message>
</context>
<context>
    <name>xs::CreateDatabaseDialog</name>
    <message>
        <source>Create Database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Xiangshu Workbench.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A new encrypted database will be created at:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Its key is kept in this computer&apos;s keychain. If the keychain is ever lost (a new computer, a reset profile), the recovery code or passphrase is the only way back into the data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;欢迎使用湘数工作台。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;将在以下位置创建新的加密数据库：&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;其密钥保存在本机钥匙串中。一旦钥匙串丢失（更换电脑、重置用户配置），恢复码或恢复口令是取回数据的唯一途径。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Generate a &amp;recovery code for me (recommended)</source>
        <translation>为我生成恢复码（推荐）(&amp;R)</translation>
    </message>
    <message>
        <source>Use my own recovery &amp;passphrase</source>
        <translation>使用我自己的恢复口令(&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>xs::CsvCodec</name>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本。请在 Excel 中另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote. Quotes inside a cell must be doubled (&quot;&quot;).</source>
        <translation>第 %1 行：右引号后还有文字。单元格内的引号须写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>The file has more than %1 cells.</source>
        <translation>文件超过 %1 个单元格。</translation>
    </message>
    <message>
        <source>Line %1: a quote opens a cell that never closes. Check for an unbalanced &quot;.</source>
        <translation>第 %1 行：有一个引号开始的单元格没有结束，请检查不成对的 &quot;。</translation>
    </message>
    <message>
        <source>The file is empty: it needs a heading row.</source>
        <translation>文件为空：需要表头行。</translation>
    </message>
    <message>
        <source>Line %1 has a value in column %2, right of the last heading.</source>
        <translation>第 %1 行在第 %2 列有值，位于最后一个表头的右侧。</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation>第 %1 行超过 %2 列。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>文件超过 %1 行。</translation>
    </message>
</context>
<context>
    <name>xs::DashboardCharts</name>
    <message>
        <source>Nothing to show for this period</source>
        <translation>该期间暂无数据</translation>
    </message>
</context>
<context>
    <name>xs::DashboardFrame</name>
    <message>
        <source>%1; period: %2</source>
        <translation>%1；期间：%2</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算统计数据：%1</translation>
    </message>
    <message>
        <source>As of %1 (%2 ms)</source>
        <translation>截至 %1（用时 %2 毫秒）</translation>
    </message>
</context>
<context>
    <name>xs::DataItemSearchModel</name>
    <message>
        <source>%1 (%2) in %3, %4</source>
        <translation>%1（%2），属于 %3，%4</translation>
    </message>
    <message>
        <source>Data item</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>所属资源</translation>
    </message>
</context>
<context>
    <name>xs::DataItemSearchPanel</name>
    <message>
        <source>Search data items</source>
        <translation>搜索数据项</translation>
    </message>
    <message>
        <source>Searches the names, identifiers and descriptions of every resource&apos;s data items, e.g. 身份号码 or tyshxydm. Enter opens the resource of the chosen item.</source>
        <translation>搜索所有资源的数据项名称、标识符和说明，例如“身份号码”或“tyshxydm”。按回车打开所选数据项所属的资源。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Type part of a data item&apos;s name, identifier or description.</source>
        <translation>输入数据项名称、标识符或说明的一部分。</translation>
    </message>
    <message>
        <source>No data item matches “%1”.</source>
        <translation>没有与“%1”匹配的数据项。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n data items; scroll for more.</source>
        <translation>
            <numerusform>前 %n 个数据项，向下滚动查看更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data item(s) found.</source>
        <translation>
            <numerusform>找到 %n 个数据项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::DataItemsEditor</name>
    <message>
        <source>&amp;Add item</source>
        <translation>添加数据项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Paste from Excel</source>
        <translation>从 Excel 粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Copy rows in Excel in this column order, then paste: name, identifier, type, length, minimum grade, sensitive, authoritative, description.</source>
        <translation>在 Excel 中按以下列顺序复制行后粘贴：名称、标识符、类型、长度、最低分级、敏感、权威来源、描述。</translation>
    </message>
</context>
<context>
    <name>xs::DataItemsModel</name>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Minimum grade</source>
        <translation>最低分级</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Authoritative source</source>
        <translation>权威来源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>xs::DatabaseCommands</name>
    <message>
        <source>The recovery passphrase must be at least %1 characters long; nothing was written.</source>
        <translation>恢复口令至少需要 %1 个字符；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file. Choose another --database or move the file away.</source>
        <translation>%1 已存在；init 从不覆盖已有文件。请另选 --database，或先移走该文件。</translation>
    </message>
    <message>
        <source>not used (--no-keychain): unlock with the recovery passphrase</source>
        <translation>未使用（--no-keychain）：请用恢复口令解锁</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Created encrypted database %1</source>
        <translation>已创建加密数据库 %1</translation>
    </message>
    <message>
        <source>Database id: %1</source>
        <translation>数据库标识：%1</translation>
    </message>
    <message>
        <source>Key in keychain: %1</source>
        <translation>钥匙串中的密钥：%1</translation>
    </message>
    <message>
        <source>Recovery file: %1 (keep a copy with your backups)</source>
        <translation>恢复文件：%1（请随备份一起保存一份）</translation>
    </message>
    <message>
        <source>Recovery code (shown once; write it down and keep it safe):</source>
        <translation>恢复码（仅显示一次，请抄写并妥善保管）：</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>Cipher: %1; page size %2; KDF iterations %3 (not used: the key is a raw 256-bit key)</source>
        <translation>加密：%1；页大小 %2；KDF 迭代次数 %3（未使用：密钥为 256 位原始密钥）</translation>
    </message>
    <message>
        <source>Program %1; Qt %2; SQLCipher %3; SQLite %4</source>
        <translation>程序 %1；Qt %2；SQLCipher %3；SQLite %4</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录数：</translation>
    </message>
    <message>
        <source>The database opens with the %1.</source>
        <translation>数据库可以用%1打开。</translation>
    </message>
    <message>
        <source>recovery passphrase</source>
        <translation>恢复口令</translation>
    </message>
    <message>
        <source>key in the keychain</source>
        <translation>钥匙串中的密钥</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>校验未通过：%1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: every page&apos;s HMAC, SQLite&apos;s integrity check, foreign keys and the audit trail&apos;s hash chain (%n record(s)) are in order.</source>
        <translation>
            <numerusform>校验通过：每页 HMAC、SQLite 完整性检查、外键以及审计记录哈希链（%n 条）均正常。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub anchored the trail at record %1 on %2 (key %3); %n later record(s) are not anchored yet.</source>
        <translation>
            <numerusform>省枢纽于 %2 将记录链锚定在第 %1 条（密钥 %3）；其后 %n 条记录尚未锚定。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has not anchored this trail yet (no receipt: nothing pushed since anchoring began, or a hub that does not sign).</source>
        <translation>省枢纽尚未锚定此记录链（没有回执：启用锚定以来未推送过，或省枢纽不签名）。</translation>
    </message>
</context>
<context>
    <name>xs::DatabaseError</name>
    <message>
        <source>The key does not open this database. Unlock it with the recovery passphrase.</source>
        <translation>密钥不正确：请使用恢复口令解锁。</translation>
    </message>
    <message>
        <source>The file is not a Xiangshu Workbench database, or it is damaged. Restore it from a backup.</source>
        <translation>该文件不是湘数工作台数据库，或已损坏：请从备份恢复。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Xiangshu Workbench. Update this program before opening it.</source>
        <translation>该数据库由更新版本的湘数工作台写入：请先升级本程序再打开。</translation>
    </message>
    <message>
        <source>The database is in use by another process. Close the other Xiangshu Workbench window or command, then try again.</source>
        <translation>数据库正被其他进程使用：请关闭另一个湘数工作台窗口或命令后重试。</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only. Check the permissions or choose another location.</source>
        <translation>数据库文件或其所在文件夹为只读：请检查权限，或另选位置。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>磁盘已满：请腾出空间后重试；数据未作任何改动。</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>数据库文件不存在。</translation>
    </message>
    <message>
        <source>A file already exists at this location; it was left untouched.</source>
        <translation>该位置已有文件，未作改动。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何改动。</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Check the drive and try again.</source>
        <translation>磁盘无法读写：请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>An unexpected database error occurred.</source>
        <translation>发生了意外的数据库错误。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The values break a rule; nothing was changed.</source>
        <translation>填写的值违反规则，未做任何修改。</translation>
    </message>
</context>
<context>
    <name>xs::DatabaseStatusIndicator</name>
    <message>
        <source>Encrypted · %1</source>
        <translation>已加密 · %1</translation>
    </message>
    <message>
        <source>Database: %1
Database id: %2
Encrypted with SQLCipher (AES-256, HMAC-SHA512)</source>
        <translation>数据库：%1
数据库标识：%2
使用 SQLCipher 加密（AES-256，HMAC-SHA512）</translation>
    </message>
</context>
<context>
    <name>xs::DateRangeBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Unticked: every period. Ticked: agreements whose term overlaps the period, and the prices and reports within it.</source>
        <translation>不勾选：全部期间。勾选：授权期限与该期间重叠的协议，以及该期间内的价格和报告。</translation>
    </message>
    <message>
        <source>all periods</source>
        <translation>全部期间</translation>
    </message>
</context>
<context>
    <name>xs::DeadlineRuleDialog</name>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Deadline Rule: %1</source>
        <translation>办理时限：%1</translation>
    </message>
    <message>
        <source>Deadlines already running keep the value they were counted with. The hub receives the rule at the next sync.</source>
        <translation>已在计算中的期限仍按原时限计算。省枢纽在下次同步时收到新时限。</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>时限(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>依据(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Name the article or decision the rule comes from.</source>
        <translation>请写明时限所依据的条款或决定。</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
</context>
<context>
    <name>xs::DeadlineRuleInForce</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n 个自然日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::DeadlineRules</name>
    <message>
        <source>the deadline rule &quot;%1&quot; has no valid value or unit</source>
        <translation>时限规则“%1”的数值或单位无效</translation>
    </message>
</context>
<context>
    <name>xs::EntitySchema</name>
    <message>
        <source>unknown field &quot;%1&quot; for %2</source>
        <translation>%2没有字段“%1”</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation>字段“%1”的类型不对</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation>字段“%1”超过 %2 个字符</translation>
    </message>
</context>
<context>
    <name>xs::EvaluationCycles</name>
    <message>
        <source>Enter each cycle&apos;s first and last year.</source>
        <translation>请填写每个评估周期的起止年度。</translation>
    </message>
    <message>
        <source>The cycle from %1 starts before the one before it ends: list cycles in order, without overlap.</source>
        <translation>自 %1 年起的评估周期在前一周期结束前开始：请按先后顺序填写，周期之间不得重叠。</translation>
    </message>
    <message>
        <source>The cycle %1–%2 lies outside the agreement&apos;s term.</source>
        <translation>评估周期 %1–%2 年超出协议期限。</translation>
    </message>
    <message>
        <source>Evaluation cycle %1–%2.</source>
        <translation>评估周期 %1–%2 年。</translation>
    </message>
    <message>
        <source>Evaluation cycle %1–%2 (assumed: none recorded).</source>
        <translation>评估周期 %1–%2 年（协议未载明，按三年推定）。</translation>
    </message>
    <message>
        <source>Maximum allowed revenue of its years: %1 yuan.</source>
        <translation>周期内各年度最高准许收入合计 %1 元。</translation>
    </message>
    <message>
        <source>Less the revenue above the previous cycle&apos;s maximum, %1 yuan, deducted from its years in order: %2 yuan.</source>
        <translation>扣减上一周期超出最高准许收入的部分 %1 元（按年度先后扣减）后为 %2 元。</translation>
    </message>
    <message>
        <source>Actual revenue: %1 yuan.</source>
        <translation>实际收入 %1 元。</translation>
    </message>
    <message>
        <source>%1 yuan is carried into the next cycle and deducted from its maximum.</source>
        <translation>超出部分 %1 元结转至下一周期，从其最高准许收入中扣减。</translation>
    </message>
    <message>
        <source>Nothing is carried into the next cycle.</source>
        <translation>无结转至下一周期的超收。</translation>
    </message>
</context>
<context>
    <name>xs::EvidenceListModel</name>
    <message>
        <source>On the hub only</source>
        <translation>仅在省枢纽</translation>
    </message>
    <message>
        <source>On this computer, not sent yet</source>
        <translation>在本机，尚未发送</translation>
    </message>
    <message>
        <source>Sent; the hub checked it</source>
        <translation>已发送，省枢纽已校验</translation>
    </message>
    <message>
        <source>Refused by the hub; kept here</source>
        <translation>被省枢纽拒收，本机保留</translation>
    </message>
    <message>
        <source>Fetched and verified</source>
        <translation>已获取并校验</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>核查项</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Position (GPS)</source>
        <translation>位置（GPS）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Where the file is</source>
        <translation>文件位置</translation>
    </message>
    <message>
        <source>%1 (downscaled on request)</source>
        <translation>%1（应要求缩小）</translation>
    </message>
</context>
<context>
    <name>xs::EvidencePanel</name>
    <message>
        <source>Add evidence…</source>
        <translation>添加证据…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Verify SHA-256</source>
        <translation>校验 SHA-256</translation>
    </message>
    <message>
        <source>Fetch from the hub</source>
        <translation>从省枢纽获取</translation>
    </message>
    <message>
        <source>No evidence for this task yet. Its auditors add photos and scans while the task is in progress, offline too.</source>
        <translation>本任务尚无证据。核查人员可在任务进行中添加照片和扫描件，离线时同样可以。</translation>
    </message>
    <message>
        <source>Evidence (kept encrypted on this computer; opened from memory):</source>
        <translation>核查证据（在本机加密保存，在内存中打开）：</translation>
    </message>
    <message>
        <source>Fetching the file from the hub…</source>
        <translation>正在从省枢纽获取文件…</translation>
    </message>
    <message>
        <source>Photos (JPEG, PNG) or scanned documents (PDF), up to %1 MiB each</source>
        <translation>照片（JPEG、PNG）或扫描文件（PDF），每个最大 %1 MiB</translation>
    </message>
    <message>
        <source>Evidence is added by the task&apos;s auditors while it is in progress</source>
        <translation>核查证据由任务的核查员在任务进行中添加</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>添加核查证据</translation>
    </message>
    <message>
        <source>Photos and scanned documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和扫描文件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Encrypting and storing the evidence…</source>
        <translation>正在加密保存核查证据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: %2, over the limit of %3 MiB a file</source>
        <translation>%1：%2，超过单个文件 %3 MiB 的上限</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added as evidence; they are sent to the hub at the next sync.</source>
        <translation>
            <numerusform>已添加 %n 个证据文件，将在下次同步时发送到省枢纽。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>未添加：</translation>
    </message>
    <message>
        <source>The file is on the hub only: fetch it first.</source>
        <translation>文件仅在省枢纽：请先获取。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>%1 is intact: its SHA-256 is %2.</source>
        <translation>%1 完好：SHA-256 为 %2。</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256: %2</source>
        <translation>%1 与其 SHA-256 不符：%2</translation>
    </message>
    <message>
        <source>%1 was not fetched: %2 %3</source>
        <translation>未能获取 %1：%2 %3</translation>
    </message>
    <message>
        <source>%1 fetched from the hub and verified.</source>
        <translation>已从省枢纽获取 %1 并通过校验。</translation>
    </message>
    <message>
        <source>&amp;Downscale photos</source>
        <translation>缩小照片(&amp;D)</translation>
    </message>
    <message>
        <source>Photos added now are made at most %1 pixels on the longer side, their EXIF date, place and camera kept; the evidence says it was downscaled. PDFs are never changed.</source>
        <translation>此时添加的照片长边缩小到不超过 %1 像素，保留 EXIF 拍摄时间、地点和相机；证据记录会注明已缩小。PDF 文件不做任何改动。</translation>
    </message>
    <message>
        <source>; tick &quot;Downscale photos&quot; to add it smaller</source>
        <translation>；勾选“缩小照片”后可缩小添加</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细列表</translation>
    </message>
</context>
<context>
    <name>xs::EvidenceViewer</name>
    <message>
        <source>A scanned document (PDF). Its bytes are here and verified; this version shows photos only.</source>
        <translation>扫描文件（PDF）。文件已在本机并可校验；当前版本只能预览照片。</translation>
    </message>
    <message>
        <source>This file cannot be shown as a picture.</source>
        <translation>此文件无法作为图片显示。</translation>
    </message>
    <message>
        <source>Taken at:</source>
        <translation>拍摄时间：</translation>
    </message>
    <message>
        <source>Position (GPS):</source>
        <translation>位置（GPS）：</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>相机：</translation>
    </message>
    <message>
        <source>Checklist item:</source>
        <translation>核查项：</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Added by:</source>
        <translation>添加人：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditCommands</name>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>No audit tasks on this computer; sync to fetch those planned for you.</source>
        <translation>本机没有核查任务；请同步以获取分派给您的任务。</translation>
    </message>
    <message>
        <source>MISMATCH %1 %2: %3</source>
        <translation>不符 %1 %2：%3</translation>
    </message>
    <message>
        <source>Verifying attachments</source>
        <translation>正在校验附件</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli attachments verify</source>
        <translation>用法：xiangshu-cli attachments verify</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) re-hashed (%1 MiB); every SHA-256 matches.</source>
        <translation>
            <numerusform>已重新计算 %n 个附件的哈希（%1 MiB）；SHA-256 全部相符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) re-hashed (%1 MiB); %2 do not match their SHA-256.</source>
        <translation>
            <numerusform>已重新计算 %n 个附件的哈希（%1 MiB）；其中 %2 个与 SHA-256 不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli audit export-report TASK FILE</source>
        <translation>用法：xiangshu-cli audit export-report 任务 文件</translation>
    </message>
    <message>
        <source>Printing needs the offscreen platform of Qt.</source>
        <translation>打印需要 Qt 的 offscreen 平台。</translation>
    </message>
    <message>
        <source>Field audit record of %1 written to %2.</source>
        <translation>%1 的现场核查记录已写入 %2。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli audit tasks | audit export-report TASK FILE</source>
        <translation>用法：xiangshu-cli audit tasks | audit export-report 任务 文件</translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditPage</name>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>No audit tasks on this computer. Managers plan them; sync to fetch those assigned to you, then work on them offline.</source>
        <translation>本机没有核查任务。任务由负责人计划；同步即可获取分派给您的任务，之后可离线工作。</translation>
    </message>
    <message>
        <source>No task matches these filters.</source>
        <translation>没有符合筛选条件的任务。</translation>
    </message>
    <message>
        <source>Choose a task</source>
        <translation>请选择任务</translation>
    </message>
    <message>
        <source>%1 · %2 · planned for %3 · auditors: %4</source>
        <translation>%1 · %2 · 计划于 %3 · 核查员：%4</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Record a finding…</source>
        <translation>记录问题…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Checklist (%1/%2)</source>
        <translation>检查表（%1/%2）</translation>
    </message>
    <message>
        <source>The checklist is answered once the visit has started.</source>
        <translation>开始核查后方可填写检查表。</translation>
    </message>
    <message>
        <source>The visit has been submitted; its record is no longer changed.</source>
        <translation>核查已提交，记录不再修改。</translation>
    </message>
    <message>
        <source>Only the task&apos;s auditors answer the checklist.</source>
        <translation>只有本任务的核查人员可以填写检查表。</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>证据（%1）</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>发现问题（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) are not answered. Submit the visit for review anyway?</source>
        <translation>
            <numerusform>尚有 %n 个检查项未作答。仍要提交复核吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The finding was not recorded: %1</source>
        <translation>问题未记录：%1</translation>
    </message>
    <message>
        <source>Finding recorded; it is sent to the hub at the next sync.</source>
        <translation>问题已记录，将在下次同步时发送到省枢纽。</translation>
    </message>
    <message>
        <source>Findings are recorded by the task&apos;s auditors while it is in progress</source>
        <translation>问题由本任务的核查人员在任务进行中记录</translation>
    </message>
    <message>
        <source>Export record (PDF)…</source>
        <translation>导出核查记录（PDF）…</translation>
    </message>
    <message>
        <source>Export Field Audit Record</source>
        <translation>导出现场核查记录</translation>
    </message>
    <message>
        <source>Field audit record %1.pdf</source>
        <translation>现场核查记录 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Field audit record written to %1.</source>
        <translation>现场核查记录已写入 %1。</translation>
    </message>
    <message>
        <source>The record of the visit (现场核查记录): checklist, findings, evidence thumbnails and hashes, signature lines</source>
        <translation>现场核查记录：检查表、发现问题、证据缩略图及哈希值、签字栏</translation>
    </message>
    <message>
        <source>Issue rectification order…</source>
        <translation>下发整改通知…</translation>
    </message>
    <message>
        <source>Audit tasks</source>
        <translation>核查任务</translation>
    </message>
    <message>
        <source>Rectification orders</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>Rectification orders (%1 overdue)</source>
        <translation>整改台账（%1 项逾期）</translation>
    </message>
    <message>
        <source>The order was not issued: %1</source>
        <translation>整改通知未下发：%1</translation>
    </message>
    <message>
        <source>Rectification order issued; the hub counts its deadline and sends it on at the next sync.</source>
        <translation>整改通知已下发；下次同步时由省枢纽计算期限并送达。</translation>
    </message>
    <message>
        <source>An order already follows this finding</source>
        <translation>该问题已下发整改通知</translation>
    </message>
    <message>
        <source>Auditors and reviewers issue orders after a finding</source>
        <translation>核查人员和复核人员可针对问题下发整改通知</translation>
    </message>
    <message>
        <source>Plan a visit…</source>
        <translation>计划核查…</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>修改计划…</translation>
    </message>
    <message>
        <source>Visit planned; it is sent to the hub, and to its auditors, at the next sync.</source>
        <translation>核查已计划；下次同步时发送到中心，并下发给核查员。</translation>
    </message>
    <message>
        <source>Plan changed; the change is sent to the hub at the next sync.</source>
        <translation>计划已修改；下次同步时发送到中心。</translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditReport</name>
    <message>
        <source>No evidence was recorded.</source>
        <translation>未记录证据。</translation>
    </message>
    <message>
        <source>(the file is on the hub; fetch it to print its thumbnail)</source>
        <translation>（文件在省枢纽，下载后可打印缩略图）</translation>
    </message>
    <message>
        <source>(scanned document)</source>
        <translation>（扫描件）</translation>
    </message>
    <message>
        <source>(the photo cannot be read)</source>
        <translation>（照片无法读取）</translation>
    </message>
    <message>
        <source>Checklist item: %1</source>
        <translation>检查项：%1</translation>
    </message>
    <message>
        <source>Taken at: %1</source>
        <translation>拍摄时间：%1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>拍摄位置：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>There is no audit task %1 on this computer.</source>
        <translation>本机没有核查任务 %1。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>核查任务</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>核查类型</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>被核查对象</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>核查人员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Field Audit Record</source>
        <translation>现场核查记录</translation>
    </message>
    <message>
        <source>The checklist is not on this computer.</source>
        <translation>本机没有该任务的检查表。</translation>
    </message>
    <message>
        <source>%1 of %2 items answered, %3 not conforming.</source>
        <translation>已作答 %1/%2 项，其中不符合 %3 项。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Conclusion of the visit</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Auditors (signature):</source>
        <translation>核查人员（签字）：</translation>
    </message>
    <message>
        <source>Audited party (signature and seal):</source>
        <translation>被核查单位（签字盖章）：</translation>
    </message>
    <message>
        <source>Reviewer (signature):</source>
        <translation>复核人（签字）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Made by Xiangshu Workbench on %1 from the records on this computer; each SHA-256 identifies the evidence file it names.</source>
        <translation>由湘数工作台于 %1 根据本机记录生成；每个 SHA-256 值唯一标识其对应的证据文件。</translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditRules</name>
    <message>
        <source>item code &quot;%1&quot; is not 1 to %2 letters, digits, dots or dashes</source>
        <translation>检查项编码“%1”应为 1 至 %2 位字母、数字、点或连字符</translation>
    </message>
    <message>
        <source>item code %1 is used twice</source>
        <translation>检查项编码 %1 重复</translation>
    </message>
    <message>
        <source>item %1 does not say what to check</source>
        <translation>检查项 %1 未写明检查内容</translation>
    </message>
    <message>
        <source>a checklist needs at least one item</source>
        <translation>清单至少需要一个检查项</translation>
    </message>
    <message>
        <source>list each severity once, and at least one</source>
        <translation>至少列出一个严重程度，且不得重复</translation>
    </message>
    <message>
        <source>versions count from 1</source>
        <translation>版本号从 1 开始</translation>
    </message>
    <message>
        <source>choose a published checklist template</source>
        <translation>请选择已发布的核查清单模板</translation>
    </message>
    <message>
        <source>the checklist is for another kind of visit</source>
        <translation>该清单用于另一类核查</translation>
    </message>
    <message>
        <source>the audited department, operator or registration is not known</source>
        <translation>被核查的部门、运营机构或登记不存在</translation>
    </message>
    <message>
        <source>assign at least one auditor</source>
        <translation>请至少分派一名核查员</translation>
    </message>
    <message>
        <source>an answer&apos;s id is its task&apos;s and its item&apos;s</source>
        <translation>答复的标识应由任务和检查项组成</translation>
    </message>
    <message>
        <source>item %1 is not on the task&apos;s checklist</source>
        <translation>检查项 %1 不在本任务的清单中</translation>
    </message>
    <message>
        <source>choose one of the checklist&apos;s severities</source>
        <translation>请选择清单规定的严重程度</translation>
    </message>
    <message>
        <source>the SHA-256 is 64 lower-case hexadecimal digits</source>
        <translation>SHA-256 应为 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>the task&apos;s evidence would hold %1 MiB, over its limit of %2 MiB</source>
        <translation>该任务的证据将达到 %1 MiB，超过上限 %2 MiB</translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditServices</name>
    <message>
        <source>The finding is not on this computer.</source>
        <translation>本机没有该问题记录。</translation>
    </message>
    <message>
        <source>%1 (v%2, %3)</source>
        <translation>%1（第 %2 版，%3）</translation>
    </message>
    <message>
        <source>Registration %1 %2</source>
        <translation>登记 %1 %2</translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditVocabulary</name>
    <message>
        <source>Catalog and data quality</source>
        <translation>目录与数据质量</translation>
    </message>
    <message>
        <source>Authorized operation</source>
        <translation>授权运营</translation>
    </message>
    <message>
        <source>Registration materials</source>
        <translation>登记材料</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Security risk assessment and conformity review</source>
        <translation>安全风险评估和应用业务规范性审查</translation>
    </message>
</context>
<context>
    <name>xs::FieldInput</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>%1 (yuan)</source>
        <translation>%1（元）</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <source>%1 (one per line)</source>
        <translation>%1（每行一项）</translation>
    </message>
</context>
<context>
    <name>xs::FieldLabels</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门代码</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Administrative division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>目录名称</translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation>信息资源代码</translation>
    </message>
    <message>
        <source>Provider department</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Format class</source>
        <translation>数据格式分类</translation>
    </message>
    <message>
        <source>Format type</source>
        <translation>数据格式类型</translation>
    </message>
    <message>
        <source>Update frequency</source>
        <translation>更新频率</translation>
    </message>
    <message>
        <source>Sharing attribute</source>
        <translation>共享属性</translation>
    </message>
    <message>
        <source>Sharing method</source>
        <translation>共享方式</translation>
    </message>
    <message>
        <source>Conditions of use</source>
        <translation>使用条件</translation>
    </message>
    <message>
        <source>Sharing scope</source>
        <translation>共享范围</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>使用用途</translation>
    </message>
    <message>
        <source>Reason for not sharing</source>
        <translation>不予共享理由</translation>
    </message>
    <message>
        <source>Basis for not sharing</source>
        <translation>不予共享依据</translation>
    </message>
    <message>
        <source>Open attribute</source>
        <translation>开放属性</translation>
    </message>
    <message>
        <source>Open conditions</source>
        <translation>开放条件</translation>
    </message>
    <message>
        <source>Data grade</source>
        <translation>数据分级</translation>
    </message>
    <message>
        <source>Related resource codes</source>
        <translation>关联资源代码</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最近更新日期</translation>
    </message>
    <message>
        <source>In the sharing catalog</source>
        <translation>列入政务数据共享目录</translation>
    </message>
    <message>
        <source>In the open catalog</source>
        <translation>列入公共数据开放目录</translation>
    </message>
    <message>
        <source>In the authorized-operation catalog</source>
        <translation>列入公共数据授权运营目录</translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation>数据范围</translation>
    </message>
    <message>
        <source>Quality statement</source>
        <translation>质量说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Data item</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Minimum grade</source>
        <translation>最低分级</translation>
    </message>
    <message>
        <source>Authoritative source</source>
        <translation>权威来源</translation>
    </message>
    <message>
        <source>Not allowed for your role or department</source>
        <translation>您的角色或部门无权这样做</translation>
    </message>
    <message>
        <source>Not allowed in the record&apos;s current state</source>
        <translation>记录当前的状态不允许这样做</translation>
    </message>
    <message>
        <source>The record no longer exists on the hub</source>
        <translation>枢纽上已没有该记录</translation>
    </message>
    <message>
        <source>The hub does not know this kind of change</source>
        <translation>枢纽不认识这种修改</translation>
    </message>
    <message>
        <source>Made after a change the hub rejected</source>
        <translation>在一个被枢纽拒绝的修改之后所做</translation>
    </message>
    <message>
        <source>A value is not acceptable</source>
        <translation>有字段值不符合要求</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>被枢纽拒绝</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>（不显示）</translation>
    </message>
    <message>
        <source>Cataloguer</source>
        <translation>编目员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Field auditor</source>
        <translation>现场核查员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Registration type</source>
        <translation>登记类型</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>登记主体</translation>
    </message>
    <message>
        <source>Data name</source>
        <translation>数据名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Related registration</source>
        <translation>关联登记</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>End of operating term</source>
        <translation>运营期限届满日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Step started on</source>
        <translation>本环节开始日期</translation>
    </message>
    <message>
        <source>Step deadline</source>
        <translation>本环节期限</translation>
    </message>
    <message>
        <source>Working days left (paused)</source>
        <translation>剩余工作日（暂停中）</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation>需补正材料</translation>
    </message>
    <message>
        <source>Missing-materials notice sent</source>
        <translation>已一次性告知补正</translation>
    </message>
    <message>
        <source>Reason of the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>登记结果查询码</translation>
    </message>
    <message>
        <source>Coded on</source>
        <translation>赋码日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Deadline rule</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source notice</source>
        <translation>所依据通知</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>放假日期</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营主体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Granting division</source>
        <translation>授权地区</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>方案内容</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>授权运营协议</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Selection method</source>
        <translation>选择方式</translation>
    </message>
    <message>
        <source>Resources in scope</source>
        <translation>授权数据资源</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>授权期限起</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>授权期限止</translation>
    </message>
    <message>
        <source>Revenue shares</source>
        <translation>收益分配比例</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>退出交接安排</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>数据产品和服务</translation>
    </message>
    <message>
        <source>Use class</source>
        <translation>用途类别</translation>
    </message>
    <message>
        <source>Billing unit</source>
        <translation>计费单位</translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation>价格上限</translation>
    </message>
    <message>
        <source>Specific price</source>
        <translation>具体价格</translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation>阶梯价格</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>信息披露</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>月度价格</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cap in force</source>
        <translation>执行上限</translation>
    </message>
    <message>
        <source>Annual operating report</source>
        <translation>年度运营报告</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Reasonable return r</source>
        <translation>合理收益率 r</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>税金</translation>
    </message>
    <message>
        <source>10-year Treasury yield</source>
        <translation>10年期国债平均收益率</translation>
    </message>
    <message>
        <source>Year of that yield</source>
        <translation>收益率所属年度</translation>
    </message>
    <message>
        <source>Cost survey year</source>
        <translation>成本监审年度</translation>
    </message>
    <message>
        <source>Carried over from the last cycle</source>
        <translation>上一周期结转</translation>
    </message>
    <message>
        <source>Maximum allowed revenue</source>
        <translation>准许收入上限</translation>
    </message>
    <message>
        <source>Actual revenue</source>
        <translation>实际收入</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Deadline provisional</source>
        <translation>时限为暂定</translation>
    </message>
    <message>
        <source>Deadline counted from</source>
        <translation>时限起算日</translation>
    </message>
    <message>
        <source>Working days allowed</source>
        <translation>时限工作日数</translation>
    </message>
    <message>
        <source>Deadline before the schedule was published</source>
        <translation>节假日安排公布前的时限</translation>
    </message>
    <message>
        <source>Source information system</source>
        <translation>来源信息系统</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>分配方</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分配比例</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>起始数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>核查清单模板</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>核查类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>检查项编码</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Severities of findings</source>
        <translation>问题严重程度</translation>
    </message>
    <message>
        <source>Rectification deadline (working days)</source>
        <translation>整改期限（工作日）</translation>
    </message>
    <message>
        <source>Audit task</source>
        <translation>核查任务</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>核查清单</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>被核查对象</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>核查人员</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Conclusion of the visit</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>复核意见</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>检查项答复</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rectification order</source>
        <translation>整改通知</translation>
    </message>
    <message>
        <source>Follows a record of type</source>
        <translation>来源记录类型</translation>
    </message>
    <message>
        <source>Follows record</source>
        <translation>来源记录</translation>
    </message>
    <message>
        <source>Addressed to a</source>
        <translation>整改对象类型</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>整改对象</translation>
    </message>
    <message>
        <source>What must be rectified</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline (working days)</source>
        <translation>整改期限（工作日）</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>下达人</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Due date counted on an unpublished holiday schedule</source>
        <translation>截止日期按未发布的节假日安排暂算</translation>
    </message>
    <message>
        <source>Rectification report</source>
        <translation>整改报告</translation>
    </message>
    <message>
        <source>Acceptance note</source>
        <translation>验收意见</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>核查证据</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Downscaled on request</source>
        <translation>已按要求缩小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Sharing request</source>
        <translation>共享申请</translation>
    </message>
    <message>
        <source>Requested resource</source>
        <translation>申请资源</translation>
    </message>
    <message>
        <source>Requesting department</source>
        <translation>申请部门</translation>
    </message>
    <message>
        <source>Scope of use</source>
        <translation>使用范围</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Extension (working days)</source>
        <translation>延长（工作日）</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延长理由</translation>
    </message>
    <message>
        <source>Missing material notice</source>
        <translation>一次性补正告知</translation>
    </message>
    <message>
        <source>Material requested on</source>
        <translation>告知补正日期</translation>
    </message>
    <message>
        <source>Material supplied</source>
        <translation>补正材料</translation>
    </message>
    <message>
        <source>Reasons or note of the decision</source>
        <translation>答复理由或意见</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Delivery due on</source>
        <translation>交付期限</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>交付说明</translation>
    </message>
    <message>
        <source>Quality feedback</source>
        <translation>质量反馈</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Filed by department</source>
        <translation>反馈部门</translation>
    </message>
    <message>
        <source>Quality dimension</source>
        <translation>质量维度</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>反馈人</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>核实意见</translation>
    </message>
    <message>
        <source>Result fed back</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>Open-data demand</source>
        <translation>开放需求</translation>
    </message>
    <message>
        <source>Data wanted</source>
        <translation>需求数据</translation>
    </message>
    <message>
        <source>Use and content wanted</source>
        <translation>用途与所需内容</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>需求方</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Department to answer</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Answer due on</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Answer period (working days)</source>
        <translation>答复时限（工作日）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>答复结果</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Use of shared data</source>
        <translation>共享数据使用记录</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>使用日期</translation>
    </message>
    <message>
        <source>Used by (person or system)</source>
        <translation>使用人或系统</translation>
    </message>
    <message>
        <source>Business it served</source>
        <translation>支撑的业务</translation>
    </message>
    <message>
        <source>Records used</source>
        <translation>使用数据条数</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Kind of checklist</source>
        <translation>清单类别</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>安全审查</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审查对象类别</translation>
    </message>
    <message>
        <source>Request or agreement</source>
        <translation>申请或协议</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>清单版本</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>发起日期</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>审查结论</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>Concluded by</source>
        <translation>结论人</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <source>Overdue after (days)</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Scorecard weight</source>
        <translation>考核权重</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <source>Confidentiality impact assessment</source>
        <translation>保密影响评估</translation>
    </message>
    <message>
        <source>Personal-information impact assessment</source>
        <translation>个人信息影响评估</translation>
    </message>
    <message>
        <source>Assessment conclusion</source>
        <translation>影响评估结论</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Sign-off comment</source>
        <translation>签发意见</translation>
    </message>
    <message>
        <source>Catalog entry revision</source>
        <translation>目录修订</translation>
    </message>
    <message>
        <source>Revised fields</source>
        <translation>修订字段</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>修订原因</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Law or duties changed on</source>
        <translation>法律法规或职责变化日期</translation>
    </message>
    <message>
        <source>Revision due on</source>
        <translation>修订期限</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Review due on</source>
        <translation>审核期限</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Changes to the registration</source>
        <translation>对原登记的变更事项</translation>
    </message>
    <message>
        <source>Applied to the registration on</source>
        <translation>变更生效日期</translation>
    </message>
    <message>
        <source>Waiting to be applied to the registration</source>
        <translation>待写入原登记</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>数据交易场所</translation>
    </message>
    <message>
        <source>Listing code</source>
        <translation>挂牌编号</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>挂牌日期</translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation>挂牌状态</translation>
    </message>
    <message>
        <source>Evaluation cycles</source>
        <translation>价格评估周期</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>终止年度</translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation>分产品销售情况</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity sold</source>
        <translation>销售量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Price cap in force</source>
        <translation>生效价格上限</translation>
    </message>
    <message>
        <source>Cap proposed by</source>
        <translation>上限提议人</translation>
    </message>
    <message>
        <source>Cap signed off by</source>
        <translation>上限签批人</translation>
    </message>
    <message>
        <source>Trial price (试行, until a cap is in force)</source>
        <translation>试行价格（价格上限生效前）</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>价格优惠</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠比例</translation>
    </message>
    <message>
        <source>Application scenarios</source>
        <translation>应用场景</translation>
    </message>
    <message>
        <source>Application material</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>文件类型</translation>
    </message>
</context>
<context>
    <name>xs::FileRecorder</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 holds %2 MiB; a file holds at most %3 MiB. Downscale the photo or scan the document at a lower resolution.</source>
        <translation>%1 为 %2 MiB，单个文件最大 %3 MiB。请缩小照片或以较低分辨率扫描文档。</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG image or a PDF document.</source>
        <translation>%1 不是 JPEG、PNG 图片或 PDF 文档。</translation>
    </message>
</context>
<context>
    <name>xs::FindingDialog</name>
    <message>
        <source>Record a Finding</source>
        <translation>记录问题</translation>
    </message>
    <message>
        <source>The visit as a whole</source>
        <translation>整体核查情况</translation>
    </message>
    <message>
        <source>What was found, where, and against which requirement</source>
        <translation>发现了什么问题、在哪里、违反哪项要求</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Checklist item:</source>
        <translation>检查项：</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>问题描述：</translation>
    </message>
</context>
<context>
    <name>xs::FindingListModel</name>
    <message>
        <source>No order</source>
        <translation>未下发整改</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1，期限 %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
</context>
<context>
    <name>xs::FirstRegistrationDeadline</name>
    <message>
        <source>Agreement &quot;%1&quot; started operating on %2: the first registration was due by %3.</source>
        <translation>协议“%1”于 %2 开始运营，首次登记应于 %3 前办理。</translation>
    </message>
    <message numerus="yes">
        <source>Filed on %1, %n working day(s) late.</source>
        <translation>
            <numerusform>%1 提交，逾期 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filed on %1, in time.</source>
        <translation>%1 提交，未逾期。</translation>
    </message>
    <message>
        <source>First registration of its products: due by %1, not filed yet.</source>
        <translation>运营后首次登记：应于 %1 前提交，尚未提交。</translation>
    </message>
    <message numerus="yes">
        <source>First registration of its products: due by %1, not filed: %n working day(s) overdue.</source>
        <translation>
            <numerusform>运营后首次登记：应于 %1 前提交，尚未提交，已逾期 %n 个工作日。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::FrequencyCommands</name>
    <message numerus="yes">
        <source>overdue after %n day(s)</source>
        <translation>
            <numerusform>超过 %n 天即超期</numerusform>
        </translation>
    </message>
    <message>
        <source>never overdue</source>
        <translation>不会超期</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>There is no update frequency &quot;%1&quot;.</source>
        <translation>没有名为“%1”的更新频率。</translation>
    </message>
    <message>
        <source>DAYS is a number of days, or - for a frequency never overdue.</source>
        <translation>DAYS 为天数；不会超期的频率用 -。</translation>
    </message>
    <message>
        <source>Saved the update frequency &quot;%1&quot;; the hub receives it at the next sync.</source>
        <translation>已保存更新频率“%1”，下次同步时提交枢纽。</translation>
    </message>
</context>
<context>
    <name>xs::GrantAccess</name>
    <message>
        <source>unknown disclosure kind</source>
        <translation>未知的披露类别</translation>
    </message>
    <message>
        <source>a disclosure needs the year it covers</source>
        <translation>信息披露须注明所属年度</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workflow command for %2</source>
        <translation>“%1”不是%2的流程步骤</translation>
    </message>
    <message>
        <source>the record does not exist on the hub</source>
        <translation>省枢纽上不存在该记录</translation>
    </message>
    <message>
        <source>a %1 may not edit grants</source>
        <translation>%1无权编辑授权运营记录</translation>
    </message>
    <message>
        <source>only administrators delete grant records</source>
        <translation>只有管理员可以删除授权运营记录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes only through workflow steps</source>
        <translation>“%1”只能通过流程步骤变更</translation>
    </message>
</context>
<context>
    <name>xs::GrantDashboardPage</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Authorized operation at a glance</source>
        <translation>授权运营总览</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Operator...</source>
        <translation>运营主体…</translation>
    </message>
    <message>
        <source>Implementation plan...</source>
        <translation>实施方案…</translation>
    </message>
    <message>
        <source>Agreement...</source>
        <translation>授权运营协议…</translation>
    </message>
    <message>
        <source>Active grants</source>
        <translation>在运营授权</translation>
    </message>
    <message>
        <source>active grants</source>
        <translation>在运营授权</translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>expiring within 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>Overdue disclosures</source>
        <translation>逾期未披露</translation>
    </message>
    <message>
        <source>owing a disclosure past 31 March</source>
        <translation>逾期未披露（3月31日后）</translation>
    </message>
    <message>
        <source>Registrations in progress</source>
        <translation>登记办理中</translation>
    </message>
    <message>
        <source>Registrations overdue</source>
        <translation>登记逾期</translation>
    </message>
    <message>
        <source>Catalogued resources</source>
        <translation>目录资源</translation>
    </message>
    <message>
        <source>Resources overdue for update</source>
        <translation>逾期未更新资源</translation>
    </message>
    <message>
        <source>Departments publishing a catalog</source>
        <translation>已发布目录的部门</translation>
    </message>
    <message>
        <source>Active grants by mode</source>
        <translation>按授权模式</translation>
    </message>
    <message>
        <source>Active grants by city (市州)</source>
        <translation>按市州</translation>
    </message>
    <message>
        <source>Active grants by domain</source>
        <translation>按领域</translation>
    </message>
    <message>
        <source>Products by use class</source>
        <translation>按用途类别的产品</translation>
    </message>
    <message>
        <source>%1 of %2 departments have published catalog entries</source>
        <translation>%2 个部门中有 %1 个已发布目录</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>授权数</translation>
    </message>
    <message>
        <source>Overdue operating reports</source>
        <translation>逾期运营报告</translation>
    </message>
    <message>
        <source>owing an operating report past 31 March</source>
        <translation>逾期未报送年度运营报告（3月31日后）</translation>
    </message>
    <message>
        <source>Operating without a first registration</source>
        <translation>运营后首次登记逾期</translation>
    </message>
    <message>
        <source>operating past the first registration&apos;s due date without one</source>
        <translation>已开始运营、超过首次登记期限仍未登记</translation>
    </message>
    <message>
        <source>Products traded on an exchange</source>
        <translation>场内交易产品</translation>
    </message>
    <message>
        <source>with a product listed on a data exchange</source>
        <translation>有产品在数据交易场所挂牌交易</translation>
    </message>
    <message>
        <source>Agreements naming a withdrawn resource</source>
        <translation>范围含已撤回资源的协议</translation>
    </message>
    <message>
        <source>naming a resource no longer in the authorized-operation catalog</source>
        <translation>范围含已不在授权运营目录中的资源</translation>
    </message>
</context>
<context>
    <name>xs::GrantEditorDialog</name>
    <message>
        <source>%1 — Edit</source>
        <translation>%1 — 编辑</translation>
    </message>
    <message>
        <source>%1 — New</source>
        <translation>%1 — 新建</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Needed before the plan is submitted.</source>
        <translation>提交实施方案前必须填写。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Save first, then add them here.</source>
        <translation>请先保存，再在此添加。</translation>
    </message>
    <message>
        <source>%1: %2 yuan (cap %3)</source>
        <translation>%1：%2 元（上限 %3）</translation>
    </message>
    <message>
        <source>%1: revenue %2 yuan, maximum %3 yuan</source>
        <translation>%1：收入 %2 元，上限 %3 元</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Save your changes before taking this step?</source>
        <translation>办理此步骤前先保存修改吗？</translation>
    </message>
    <message>
        <source> · trial price (试行)</source>
        <translation> · 试行价格</translation>
    </message>
    <message>
        <source> · cap waiting for sign-off</source>
        <translation> · 价格上限待签批</translation>
    </message>
</context>
<context>
    <name>xs::GrantListModel</name>
    <message>
        <source>Agreement</source>
        <translation>授权运营协议</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营主体</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>City or prefecture</source>
        <translation>市州</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品数</translation>
    </message>
</context>
<context>
    <name>xs::GrantRecordsPanel</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 份协议</numerusform>
        </translation>
    </message>
    <message>
        <source>← &amp;Back to the charts</source>
        <translation>← 返回图表(&amp;B)</translation>
    </message>
    <message>
        <source>Export to &amp;XLSX...</source>
        <translation>导出为 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Agreements: %1 (%2)</source>
        <translation>协议：%1（%2）</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Export Agreements</source>
        <translation>导出协议</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>协议</translation>
    </message>
</context>
<context>
    <name>xs::GrantRepository</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>%1 is not a record of authorized operation.</source>
        <translation>%1 不是授权运营记录。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>no longer in the authorized-operation catalog</source>
        <translation>已移出授权运营目录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>xs::GrantRules</name>
    <message>
        <source>Your role may not take this step.</source>
        <translation>您的角色无权办理此步骤。</translation>
    </message>
    <message>
        <source>This step does not apply to a record in the state &quot;%1&quot;.</source>
        <translation>此步骤不适用于处于“%1”状态的记录。</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;.</source>
        <translation>未知步骤“%1”。</translation>
    </message>
    <message>
        <source>The plan lacks required sections: %1.</source>
        <translation>实施方案缺少必备章节：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A renewal needs a new end date after the current one.</source>
        <translation>续期须填写晚于当前终止日期的新终止日期。</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>请填写起始日期。</translation>
    </message>
    <message>
        <source>Enter the end date.</source>
        <translation>请填写终止日期。</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>终止日期早于起始日期。</translation>
    </message>
    <message>
        <source>The term is longer than %1 years; agreements run at most %1 years in principle.</source>
        <translation>期限超过%1年；授权运营协议期限原则上不超过%1年。</translation>
    </message>
    <message>
        <source>Choose the operator.</source>
        <translation>请选择运营主体。</translation>
    </message>
    <message>
        <source>Choose the grant mode.</source>
        <translation>请选择授权模式。</translation>
    </message>
    <message>
        <source>Choose how the operator was selected.</source>
        <translation>请选择运营主体选择方式。</translation>
    </message>
    <message>
        <source>Name at least one data resource in scope.</source>
        <translation>请至少列出一项授权范围内的数据资源。</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>请填写运营主体名称。</translation>
    </message>
    <message>
        <source>Enter the 18-character unified social credit code; its last character did not check out.</source>
        <translation>请填写18位统一社会信用代码；其校验码不正确。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>请填写产品名称。</translation>
    </message>
    <message>
        <source>Choose the use class.</source>
        <translation>请选择用途类别。</translation>
    </message>
    <message>
        <source>Products for public governance and welfare are free: no price or cap.</source>
        <translation>用于公共治理和公益事业的产品免费提供，不得设定价格或上限。</translation>
    </message>
    <message>
        <source>Choose how the product is billed.</source>
        <translation>请选择计费方式。</translation>
    </message>
    <message>
        <source>Only fee-charging products for industry are traded on an exchange.</source>
        <translation>只有收费的产业发展类产品才进场交易。</translation>
    </message>
    <message>
        <source>Choose the exchange the product is listed on.</source>
        <translation>请选择产品挂牌的数据交易场所。</translation>
    </message>
    <message>
        <source>Enter the listing code the exchange gave.</source>
        <translation>请填写交易场所给出的挂牌编号。</translation>
    </message>
    <message>
        <source>Enter the day the product was listed.</source>
        <translation>请填写挂牌日期。</translation>
    </message>
    <message>
        <source>Choose how the listing stands.</source>
        <translation>请选择挂牌状态。</translation>
    </message>
</context>
<context>
    <name>xs::GrantVocabulary</name>
    <message>
        <source>Whole grant</source>
        <translation>整体授权</translation>
    </message>
    <message>
        <source>Grant by domain</source>
        <translation>分领域授权</translation>
    </message>
    <message>
        <source>Grant by scenario</source>
        <translation>依场景授权</translation>
    </message>
    <message>
        <source>Open tender</source>
        <translation>公开招标</translation>
    </message>
    <message>
        <source>Invited tender</source>
        <translation>邀请招标</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>起草中</translation>
    </message>
    <message>
        <source>Collective decision</source>
        <translation>集体决策</translation>
    </message>
    <message>
        <source>Government approval</source>
        <translation>政府审批</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>Basis and objectives</source>
        <translation>授权依据与目标</translation>
    </message>
    <message>
        <source>Data scope and catalog</source>
        <translation>数据范围与目录</translation>
    </message>
    <message>
        <source>Update frequency and data quality</source>
        <translation>更新频率与数据质量</translation>
    </message>
    <message>
        <source>Grant mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Selection of the operator</source>
        <translation>运营主体选择</translation>
    </message>
    <message>
        <source>Term and exit mechanism</source>
        <translation>授权期限与退出机制</translation>
    </message>
    <message>
        <source>Products and services in two classes</source>
        <translation>产品和服务清单（两类）</translation>
    </message>
    <message>
        <source>Operating platform</source>
        <translation>运营平台</translation>
    </message>
    <message>
        <source>Cost and revenue accounting</source>
        <translation>成本收入核算</translation>
    </message>
    <message>
        <source>Revenue distribution</source>
        <translation>收益分配</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全保障</translation>
    </message>
    <message>
        <source>Supervision, evaluation and disclosure</source>
        <translation>监督评估与信息披露</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>Under evaluation</source>
        <translation>评估中</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续期</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Public governance and welfare</source>
        <translation>公共治理和公益事业</translation>
    </message>
    <message>
        <source>Industry and sector development</source>
        <translation>产业发展和行业发展</translation>
    </message>
    <message>
        <source>Per product</source>
        <translation>按产品</translation>
    </message>
    <message>
        <source>Per call</source>
        <translation>按次</translation>
    </message>
    <message>
        <source>Per unit of time</source>
        <translation>按时长</translation>
    </message>
    <message>
        <source>Per data volume</source>
        <translation>按数据量</translation>
    </message>
    <message>
        <source>Grant disclosure</source>
        <translation>授权情况披露</translation>
    </message>
    <message>
        <source>Product and service list</source>
        <translation>产品和服务清单</translation>
    </message>
    <message>
        <source>Data use</source>
        <translation>数据使用情况</translation>
    </message>
    <message>
        <source>Signed, awaiting security review</source>
        <translation>已签订，待安全审查</translation>
    </message>
    <message>
        <source>Hunan Big Data Exchange</source>
        <translation>湖南大数据交易所</translation>
    </message>
    <message>
        <source>Shanghai Data Exchange</source>
        <translation>上海数据交易所</translation>
    </message>
    <message>
        <source>Shenzhen Data Exchange</source>
        <translation>深圳数据交易所</translation>
    </message>
    <message>
        <source>Beijing International Big Data Exchange</source>
        <translation>北京国际大数据交易所</translation>
    </message>
    <message>
        <source>Global Big Data Exchange (Guiyang)</source>
        <translation>贵阳大数据交易所</translation>
    </message>
    <message>
        <source>Another data exchange</source>
        <translation>其他数据交易场所</translation>
    </message>
    <message>
        <source>Listed and trading</source>
        <translation>挂牌交易中</translation>
    </message>
    <message>
        <source>Trading suspended</source>
        <translation>暂停交易</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>已摘牌</translation>
    </message>
</context>
<context>
    <name>xs::HubAccountsModel</name>
    <message>
        <source>Failed logins in the hub&apos;s last window; enough of them lock the account for a while.</source>
        <translation>省枢纽最近统计窗口内的登录失败次数；失败过多时账号会被暂时锁定。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
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
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>xs::HubBackup</name>
    <message>
        <source>it cannot be opened as an SQLite database</source>
        <translation>无法作为 SQLite 数据库打开</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>it is not a hub store</source>
        <translation>它不是省枢纽的存储</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian: apt install postgresql-client).</source>
        <translation>未安装 %1（Debian：apt install postgresql-client）。</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 无法运行：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 执行失败：%2</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file. Choose a new name.</source>
        <translation>%1 已存在；备份从不覆盖已有文件，请换一个文件名。</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no hub store at %1.</source>
        <translation>%1 处没有省枢纽存储。</translation>
    </message>
    <message>
        <source>Cannot open the hub store: %1</source>
        <translation>无法打开省枢纽存储：%1</translation>
    </message>
    <message>
        <source>Cannot write the backup: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>The backup written is not sound: %1.</source>
        <translation>写出的备份不完好：%1。</translation>
    </message>
    <message>
        <source>Cannot name the backup %1: %2</source>
        <translation>无法将备份命名为 %1：%2</translation>
    </message>
    <message>
        <source>Backed up %1 records (up to change %2) to %3.</source>
        <translation>已将 %1 条记录（截至变更 %2）备份到 %3。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2.</source>
        <translation>%1 无法恢复：%2。</translation>
    </message>
    <message>
        <source>A hub is serving %1. Stop it first (systemctl stop xiangshu-hub), then restore.</source>
        <translation>省枢纽正在使用 %1。请先停止它（systemctl stop xiangshu-hub），再恢复。</translation>
    </message>
    <message>
        <source>Cannot open the hub store %1: %2</source>
        <translation>无法打开省枢纽存储 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside %2.</source>
        <translation>无法把 %1 复制到 %2 旁边。</translation>
    </message>
    <message>
        <source>Cannot prepare the restored store: %1</source>
        <translation>无法准备恢复后的存储：%1</translation>
    </message>
    <message>
        <source>Cannot write the restored store: %1</source>
        <translation>无法写入恢复后的存储：%1</translation>
    </message>
    <message>
        <source>Cannot set %1 aside: %2</source>
        <translation>无法把 %1 移到一旁：%2</translation>
    </message>
    <message>
        <source>Cannot put the restored store in place: %1</source>
        <translation>无法放置恢复后的存储：%1</translation>
    </message>
    <message>
        <source>Restored %1 records from %2 into %3; changes continue from %4, and everyone signs in again.</source>
        <translation>已从 %2 恢复 %1 条记录到 %3；变更从 %4 继续计数，所有人需重新登录。</translation>
    </message>
    <message>
        <source>The store it replaced is kept as %1.</source>
        <translation>被替换的存储保留为 %1。</translation>
    </message>
    <message>
        <source>Cannot back up the hub store: %1</source>
        <translation>无法备份省枢纽存储：%1</translation>
    </message>
    <message>
        <source>The backup written is not sound: %1</source>
        <translation>写出的备份不完好：%1</translation>
    </message>
    <message>
        <source>Backed up the PostgreSQL hub store to %1 (pg_dump, custom format).</source>
        <translation>已将 PostgreSQL 省枢纽存储备份到 %1（pg_dump，自定义格式）。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 无法恢复：%2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>Restored %1 records from %2; changes continue from %3, and everyone signs in again.</source>
        <translation>已从 %2 恢复 %1 条记录；变更从 %3 继续计数，所有人需重新登录。</translation>
    </message>
</context>
<context>
    <name>xs::HubClient</name>
    <message>
        <source>cannot read a certificate from %1</source>
        <translation>无法从 %1 读取证书</translation>
    </message>
    <message>
        <source>the hub address must start with https://</source>
        <translation>枢纽地址必须以 https:// 开头</translation>
    </message>
    <message>
        <source>presented %1, pinned %2</source>
        <translation>出示的是 %1，固定的是 %2</translation>
    </message>
    <message>
        <source>no token in the login answer</source>
        <translation>登录应答中没有令牌</translation>
    </message>
    <message>
        <source>the hub&apos;s attachment status is unreadable</source>
        <translation>无法读取省枢纽返回的附件状态</translation>
    </message>
    <message>
        <source>chunk %1 does not match the SHA-256 the hub states</source>
        <translation>第 %1 块与省枢纽声明的 SHA-256 不符</translation>
    </message>
</context>
<context>
    <name>xs::HubCommandLine</name>
    <message>
        <source>Run &quot;xiangshu-hub --help&quot; for usage.</source>
        <translation>运行“xiangshu-hub --help”查看用法。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>serve needs --%1 (the hub speaks HTTPS only).</source>
        <translation>serve 需要 --%1（枢纽只提供 HTTPS）。</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT with a numeric address, e.g. 127.0.0.1:8443.</source>
        <translation>--listen 必须是数字地址的 HOST:PORT，例如 127.0.0.1:8443。</translation>
    </message>
    <message>
        <source>Cannot read the certificate or key file.</source>
        <translation>无法读取证书或私钥文件。</translation>
    </message>
    <message>
        <source>The certificate or key is not valid PEM.</source>
        <translation>证书或私钥不是有效的 PEM。</translation>
    </message>
    <message>
        <source>Cannot open the hub database: %1</source>
        <translation>无法打开枢纽数据库：%1</translation>
    </message>
    <message>
        <source>dev-cert needs the folder to write into: xiangshu-hub dev-cert DIR</source>
        <translation>dev-cert 需要写入的目录：xiangshu-hub dev-cert DIR</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <source>Key:         %1</source>
        <translation>私钥：   %1</translation>
    </message>
    <message>
        <source>SHA-256:     %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>demo needs --database LOCATION.</source>
        <translation>demo 需要 --database LOCATION。</translation>
    </message>
    <message>
        <source>The hub already holds records; demo data goes only into an empty hub.</source>
        <translation>枢纽中已有记录；演示数据只能写入空的枢纽。</translation>
    </message>
    <message>
        <source>Cannot write the demo data: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
    <message>
        <source>calendar publish needs one FILE and --database LOCATION.</source>
        <translation>calendar publish 需要一个 FILE 和 --database LOCATION。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a holiday schedule: %2</source>
        <translation>%1 不是节假日安排文件：%2</translation>
    </message>
    <message>
        <source>Cannot publish the schedule: %1</source>
        <translation>无法发布节假日安排：%1</translation>
    </message>
    <message>
        <source>Published the holiday schedule of %1 (%2).</source>
        <translation>已发布 %1 年节假日安排（%2）。</translation>
    </message>
    <message>
        <source>Demo data written: %1 departments, %2 registration applications, %4 records of authorized operation; users demo-cataloguer, demo-reviewer, demo-manager, demo-auditor and demo-admin with the password %3.</source>
        <translation>已写入演示数据：%1 个部门、%2 件登记申请、%4 条授权运营记录；用户 demo-cataloguer、demo-reviewer、demo-manager、demo-auditor 和 demo-admin，密码为 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n provisional deadline(s) again on it; desktops receive them at their next sync.</source>
        <translation>
            <numerusform>已据此重新计算 %n 个暂定期限；桌面端在下次同步时收到。</numerusform>
        </translation>
    </message>
    <message>
        <source>--trusted-proxy must be the proxy&apos;s numeric address, e.g. 127.0.0.1.</source>
        <translation>--trusted-proxy 必须是代理的数字地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>--max-connections-per-address must be a number from 2 to %1.</source>
        <translation>--max-connections-per-address 必须是 2 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>%1 is being restored; serve it once the restore has finished.</source>
        <translation>%1 正在恢复；恢复完成后再启动服务。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub %1 FILE --database LOCATION</source>
        <translation>用法：xiangshu-hub %1 FILE --database LOCATION</translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub verify --database LOCATION</source>
        <translation>用法：xiangshu-hub verify --database LOCATION</translation>
    </message>
    <message>
        <source>Cannot read the hub&apos;s trail: %1</source>
        <translation>无法读取省枢纽的留痕：%1</translation>
    </message>
    <message>
        <source>The hub&apos;s trail is broken at entry %1 of %2 checked: %3</source>
        <translation>省枢纽的留痕在第 %1 条处断开（共检查 %2 条）：%3</translation>
    </message>
    <message numerus="yes">
        <source>The hub&apos;s trail is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>省枢纽的留痕完好：已检查 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub COMMAND [options]

Commands:
  serve --database PATH|postgresql://... --listen HOST:PORT --cert FILE --key FILE [--token-ttl SECONDS]
        [--trusted-proxy ADDRESS] [--signing-key FILE] [--max-connections-per-address N]
        [--max-pending-handshakes N]
      Serve the sync protocol (hub/PROTOCOL.md) over HTTPS only. X-Forwarded-For is believed only
      from the --trusted-proxy address (the nginx in front). With --signing-key, every push that
      carries the desktop&apos;s audit trail head gets a receipt signed with that Ed25519 key.
  dev-cert DIR
      Write a self-signed certificate and key for localhost and 127.0.0.1 into DIR and print the
      certificate&apos;s SHA-256 fingerprint (for a desktop&apos;s --pin); also a signing key, if DIR has none.
  signing-key FILE
      Make the hub&apos;s Ed25519 signing key (FILE, owner-only) and its public key (FILE.pub, for
      desktops). Every hub serving one store uses the same key. Never overwrites.
  user add NAME --role cataloguer|reviewer|manager|auditor|admin --password-file FILE
           [--department CODE] --database PATH|postgresql://...
      Add a user (also: users add).
  users list --database PATH|postgresql://...
      Every user: role, department, disabled or not, sessions, failed logins of the last hour.
  users disable|enable NAME --database ...
      Disable a user (their sessions end at once; no login until enabled) or enable them again.
  users reset-password NAME --password-file FILE --database ...
      Set a new password; every session of the user ends, and their failed logins are cleared.
  users sessions NAME --database ...
      The user&apos;s sessions (tokens) not expired: id, signed in, expires.
  users revoke NAME [--session ID] --database ...
      End one session, or all of the user&apos;s.
  users unlock NAME --database PATH|postgresql://...
      Clear a user&apos;s failed logins, so they may log in at once.
  calendar publish FILE --database PATH|postgresql://...
      Publish a year of the official holiday schedule (the format of resources/calendar/*.json);
      desktops receive it at their next sync. A year already published is replaced.
  backup FILE --database PATH|postgresql://...
      Copy the hub&apos;s store to FILE while the hub serves (SQLite: VACUUM INTO; PostgreSQL: pg_dump,
      custom format). FILE must not exist.
  restore FILE --database PATH|postgresql://...
      Replace the store with a backup (stop the hubs first). The change counter never goes back,
      everyone signs in again, and a SQLite store replaced is kept as PATH.replaced-TIME.
  verify --database PATH|postgresql://...
      Walk the hub&apos;s own trail (every operation accepted or refused, login and administrative act,
      hash-chained) and name the first entry that was altered, inserted or removed. Exit 4 then.
  demo --database PATH|postgresql://...
      Seed the hub with the demo data of xiangshu-cli demo and one demo user per role
      (demo-cataloguer, demo-reviewer, demo-manager, demo-auditor, demo-admin).
</source>
        <translation>用法：xiangshu-hub 命令 [选项]

命令：
  serve --database PATH|postgresql://... --listen HOST:PORT --cert FILE --key FILE [--token-ttl SECONDS]
        [--trusted-proxy ADDRESS] [--signing-key FILE] [--max-connections-per-address N]
        [--max-pending-handshakes N]
      只通过 HTTPS 提供同步协议（hub/PROTOCOL.md）。只有来自 --trusted-proxy 地址
      （前置的 nginx）的 X-Forwarded-For 才被采信。指定 --signing-key 时，每次携带桌面端
      审计记录链头的推送都会得到用该 Ed25519 密钥签名的回执。
  dev-cert DIR
      在 DIR 中写入适用于 localhost 和 127.0.0.1 的自签名证书和私钥，并打印证书的
      SHA-256 指纹（供桌面端 --pin 使用）；DIR 中没有签名密钥时一并生成。
  signing-key FILE
      生成省枢纽的 Ed25519 签名密钥（FILE，仅所有者可读）及其公钥（FILE.pub，交给桌面端）。
      同一存储上的所有枢纽使用同一密钥。不会覆盖已有文件。
  user add NAME --role cataloguer|reviewer|manager|auditor|admin --password-file FILE
           [--department CODE] --database PATH|postgresql://...
      添加用户（也可写作 users add）。
  users list --database PATH|postgresql://...
      列出全部用户：角色、部门、是否停用、会话数、最近一小时的登录失败次数。
  users disable|enable NAME --database ...
      停用用户（其会话立即结束，启用前不能登录），或重新启用。
  users reset-password NAME --password-file FILE --database ...
      设置新密码；该用户的全部会话结束，登录失败记录清除。
  users sessions NAME --database ...
      列出该用户未过期的会话（令牌）：编号、登录时间、到期时间。
  users revoke NAME [--session ID] --database ...
      结束一个会话，或该用户的全部会话。
  users unlock NAME --database PATH|postgresql://...
      清除用户的登录失败记录，使其可立即登录。
  calendar publish FILE --database PATH|postgresql://...
      发布一年的国务院节假日安排（格式同 resources/calendar/*.json）；
      桌面端在下次同步时收到。已发布的年份会被替换。
  backup FILE --database PATH|postgresql://...
      在枢纽运行期间把存储复制到 FILE（SQLite：VACUUM INTO；PostgreSQL：pg_dump，
      自定义格式）。FILE 不得已存在。
  restore FILE --database PATH|postgresql://...
      用备份替换存储（请先停止枢纽）。变更计数不会倒退，所有人需重新登录，
      被替换的 SQLite 存储保留为 PATH.replaced-时间。
  verify --database PATH|postgresql://...
      遍历省枢纽自身的留痕（每个被接受或拒绝的操作、每次登录和每项管理操作，以哈希链相连），
      指出第一条被修改、插入或删除的记录。此时退出码为 4。
  demo --database PATH|postgresql://...
      写入与 xiangshu-cli demo 相同的演示数据，并为每个角色添加一个演示用户
      （demo-cataloguer、demo-reviewer、demo-manager、demo-auditor、demo-admin）。
</translation>
    </message>
    <message>
        <source>--max-pending-handshakes must be a number from 16 to %1.</source>
        <translation>--max-pending-handshakes 必须是 16 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>Signing key: %1 (public: %2)</source>
        <translation>签名密钥：%1（公钥：%2）</translation>
    </message>
    <message>
        <source>signing-key needs the file to write: xiangshu-hub signing-key FILE</source>
        <translation>signing-key 需要指定要写入的文件：xiangshu-hub signing-key FILE</translation>
    </message>
    <message>
        <source>Signing key: %1 (keep it private; serve --signing-key %1)</source>
        <translation>签名密钥：%1（请妥善保密；serve --signing-key %1）</translation>
    </message>
    <message>
        <source>Public key:  %1.pub (give it to desktops: xiangshu-cli login --hub-key)</source>
        <translation>公钥：    %1.pub（交给桌面端：xiangshu-cli login --hub-key）</translation>
    </message>
    <message>
        <source>Key id:      %1</source>
        <translation>密钥编号：%1</translation>
    </message>
</context>
<context>
    <name>xs::HubError</name>
    <message>
        <source>The province hub cannot be reached. Check the network and the hub address; your changes stay on this computer and are sent later.</source>
        <translation>无法连接省枢纽。请检查网络和枢纽地址；您的修改保留在本机，稍后再发送。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted (unknown issuer, wrong host name or expired). Check the hub address and the CA file.</source>
        <translation>枢纽证书不受信任（签发者未知、主机名不符或已过期）。请检查枢纽地址和 CA 文件。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not the pinned one. Do not connect until the hub administrator confirms the new fingerprint.</source>
        <translation>枢纽证书与固定的证书不符。在枢纽管理员确认新的指纹之前，请不要连接。</translation>
    </message>
    <message>
        <source>The hub needs a new login (wrong user name or password, or the session expired).</source>
        <translation>需要重新登录枢纽（用户名或密码错误，或会话已过期）。</translation>
    </message>
    <message>
        <source>Your role may not do this on the hub.</source>
        <translation>您的角色无权在枢纽上这样做。</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait 15 minutes and try again.</source>
        <translation>登录失败次数过多，请 15 分钟后再试。</translation>
    </message>
    <message>
        <source>The hub could not handle the request now. Nothing was lost; try again later.</source>
        <translation>枢纽暂时无法处理请求。没有丢失任何数据，请稍后再试。</translation>
    </message>
    <message>
        <source>The hub refused the request.</source>
        <translation>枢纽拒绝了请求。</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read. The hub may run an incompatible version.</source>
        <translation>无法读取枢纽的应答，枢纽的版本可能不兼容。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>This computer&apos;s database could not be read or written; nothing was sent or lost.</source>
        <translation>无法读写本机数据库；没有发送或丢失任何数据。</translation>
    </message>
</context>
<context>
    <name>xs::HubKeyFiles</name>
    <message>
        <source>%1 exists already; a signing key is never overwritten.</source>
        <translation>%1 已存在；签名密钥从不覆盖。</translation>
    </message>
    <message>
        <source>Cannot encode the signing key.</source>
        <translation>无法编码签名密钥。</translation>
    </message>
</context>
<context>
    <name>xs::HubLogin</name>
    <message>
        <source>Logged in, but the keychain cannot keep the token, and it is never stored anywhere else. %1</source>
        <translation>已登录，但系统钥匙串无法保存令牌，而令牌不会存放在其他任何地方。%1</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>已以 %1（%2）身份登录。</translation>
    </message>
</context>
<context>
    <name>xs::HubLoginDialog</name>
    <message>
        <source>Connect to the Province Hub</source>
        <translation>连接省枢纽</translation>
    </message>
    <message>
        <source>Changes made on this computer are sent to the hub, and the hub&apos;s changes are brought here. The password is sent to the hub only; the session it grants is kept in this computer&apos;s keychain.</source>
        <translation>本机的修改会发送到枢纽，枢纽的修改会同步到本机。密码只发送给枢纽；枢纽授予的会话保存在本机的系统钥匙串中。</translation>
    </message>
    <message>
        <source>Optional: the deployment&apos;s CA certificate (PEM)</source>
        <translation>可选：本部署的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source>Optional: SHA-256 of the hub certificate, in hex</source>
        <translation>可选：枢纽证书的 SHA-256（十六进制）</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>枢纽地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Certificate &amp;pin:</source>
        <translation>证书指纹(&amp;P)：</translation>
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
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, such as https://hub.example.gov.cn:8443.</source>
        <translation>请输入枢纽地址，例如 https://hub.example.gov.cn:8443。</translation>
    </message>
    <message>
        <source>The hub must be reached over HTTPS (the address starts with https://).</source>
        <translation>必须通过 HTTPS 连接枢纽（地址以 https:// 开头）。</translation>
    </message>
    <message>
        <source>A pin is 64 hexadecimal digits (a SHA-256 hash), with or without colons.</source>
        <translation>证书指纹是 64 位十六进制数（SHA-256 哈希），可带冒号。</translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>xs::HubRecords</name>
    <message>
        <source>the record does not exist on the hub</source>
        <translation>省枢纽上不存在该记录</translation>
    </message>
    <message>
        <source>this op_id was already used for a different operation</source>
        <translation>该操作编号（op_id）已用于另一项操作</translation>
    </message>
</context>
<context>
    <name>xs::HubSessionsModel</name>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
</context>
<context>
    <name>xs::HubUserCommands</name>
    <message>
        <source>Unknown users command &quot;%1&quot;; one of: add, %2.</source>
        <translation>未知的 users 命令“%1”；可用：add、%2。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub users %1 NAME --database LOCATION</source>
        <translation>用法：xiangshu-hub users %1 NAME --database LOCATION</translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub users list --database LOCATION</source>
        <translation>用法：xiangshu-hub users list --database LOCATION</translation>
    </message>
    <message>
        <source>reset-password needs --password-file FILE with the new password on its first line.</source>
        <translation>reset-password 需要 --password-file FILE，文件第一行为新密码。</translation>
    </message>
    <message>
        <source>Cannot open the hub database: %1</source>
        <translation>无法打开枢纽数据库：%1</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub user add NAME --role cataloguer|reviewer|manager|auditor|admin --password-file FILE [--department CODE] --database LOCATION</source>
        <translation>用法：xiangshu-hub user add NAME --role cataloguer|reviewer|manager|auditor|admin --password-file FILE [--department CODE] --database LOCATION</translation>
    </message>
    <message>
        <source>A cataloguer belongs to a department: add --department CODE.</source>
        <translation>编目员属于某个部门：请加上 --department CODE。</translation>
    </message>
    <message>
        <source>The password file must hold a password of at least 10 characters on its first line.</source>
        <translation>密码文件第一行必须是至少 10 个字符的密码。</translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <source>Cannot add the user: %1</source>
        <translation>无法添加用户：%1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>无法更改 %1：%2</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions have ended.</source>
        <translation>已停用 %1；其会话已结束。</translation>
    </message>
    <message>
        <source>%1 is enabled; they may log in again.</source>
        <translation>已启用 %1；可再次登录。</translation>
    </message>
    <message>
        <source>Cannot set the password of %1: %2</source>
        <translation>无法设置 %1 的密码：%2</translation>
    </message>
    <message>
        <source>The password of %1 is set; every session of theirs has ended.</source>
        <translation>已设置 %1 的密码；其全部会话已结束。</translation>
    </message>
    <message>
        <source>Cannot end the sessions of %1: %2</source>
        <translation>无法结束 %1 的会话：%2</translation>
    </message>
    <message>
        <source>%1 has no session %2.</source>
        <translation>%1 没有会话 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of %1.</source>
        <translation>
            <numerusform>已结束 %1 的 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot unlock %1: %2</source>
        <translation>无法解锁 %1：%2</translation>
    </message>
    <message>
        <source>The failed logins of %1 are cleared; they may log in at once.</source>
        <translation>已清除 %1 的登录失败记录，可立即登录。</translation>
    </message>
</context>
<context>
    <name>xs::ImportPlanModel</name>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation>信息资源代码</translation>
    </message>
    <message>
        <source>Catalog name</source>
        <translation>目录名称</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>xs::KeyStore</name>
    <message>
        <source>No key for this database is stored in the keychain on this computer. Unlock it with the recovery passphrase.</source>
        <translation>本机钥匙串中没有此数据库的密钥：请使用恢复口令解锁。</translation>
    </message>
    <message>
        <source>No keychain service is running (Secret Service, such as GNOME Keyring or KWallet). Unlock with the recovery passphrase, or start the keychain and try again.</source>
        <translation>没有正在运行的钥匙串服务（Secret Service，如 GNOME 密钥环或 KWallet）：请使用恢复口令解锁，或启动钥匙串服务后重试。</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in again or open the keyring), or use the recovery passphrase.</source>
        <translation>钥匙串已锁定：请先解锁（重新登录或打开密钥环），或使用恢复口令。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Xiangshu Workbench to use it, or use the recovery passphrase.</source>
        <translation>访问钥匙串被拒绝：请允许湘数工作台使用钥匙串，或使用恢复口令。</translation>
    </message>
    <message>
        <source>The keychain could not be used. Unlock with the recovery passphrase.</source>
        <translation>无法使用钥匙串：请使用恢复口令解锁。</translation>
    </message>
</context>
<context>
    <name>xs::KpiTile</name>
    <message>
        <source>Click to list the records behind this figure</source>
        <translation>单击查看该数字对应的记录</translation>
    </message>
</context>
<context>
    <name>xs::MainWindow</name>
    <message>
        <source>Xiangshu Workbench</source>
        <translation>湘数工作台</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back Up Database...</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Xiangshu Workbench</source>
        <translation>关于湘数工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About Xiangshu Workbench</source>
        <translation>关于湘数工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Xiangshu Workbench %1&lt;/h3&gt;&lt;p&gt;The desktop for Hunan&apos;s public data resources: catalogs, registration review, authorized operation, pricing and audits.&lt;/p&gt;&lt;p&gt;Data on this computer is encrypted with SQLCipher.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;湘数工作台 %1&lt;/h3&gt;&lt;p&gt;湖南省公共数据资源的桌面工作台：目录、登记审核、授权运营、定价与核查。&lt;/p&gt;&lt;p&gt;本机数据使用 SQLCipher 加密存储。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>A backup is being written. Wait for it to finish or cancel it first.</source>
        <translation>正在写入备份。请等待完成，或先取消备份。</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Publish Holiday Schedule...</source>
        <translation>发布节假日安排(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostic Information</source>
        <translation>复制诊断信息(&amp;D)</translation>
    </message>
    <message>
        <source>Diagnostic information copied: paste it into your support request.</source>
        <translation>诊断信息已复制：请粘贴到您的支持请求中。</translation>
    </message>
</context>
<context>
    <name>xs::MaintenanceCommands</name>
    <message>
        <source>%1 already exists; a backup is always written to a new file.</source>
        <translation>%1 已存在；备份总是写入新文件。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并通过校验：%1</translation>
    </message>
    <message>
        <source>Recovery file copied: %1</source>
        <translation>恢复文件已复制：%1</translation>
    </message>
    <message>
        <source>No recovery file was found next to the database; the backup opens only with the key in the keychain.</source>
        <translation>数据库旁没有找到恢复文件；该备份只能用钥匙串中的密钥打开。</translation>
    </message>
    <message>
        <source>The recovery passphrase must be at least %1 characters long; nothing was changed.</source>
        <translation>恢复口令至少需要 %1 个字符；未作任何改动。</translation>
    </message>
    <message>
        <source>New recovery code (shown once; write it down and keep it safe; the old passphrase stops working):</source>
        <translation>新的恢复码（仅显示一次，请抄写并妥善保管；原恢复口令随即失效）：</translation>
    </message>
    <message>
        <source>Re-encrypting</source>
        <translation>正在重新加密</translation>
    </message>
    <message>
        <source>The database now has a new key; the old key no longer opens it.</source>
        <translation>数据库已更换新密钥，旧密钥已无法打开。</translation>
    </message>
    <message>
        <source>The keychain was not updated: %1</source>
        <translation>钥匙串未更新：%1</translation>
    </message>
    <message>
        <source>The database is not empty (%1); demo data goes only into an empty database.</source>
        <translation>数据库不为空（%1）；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>Writing demo resources</source>
        <translation>正在写入演示资源</translation>
    </message>
    <message>
        <source>Demo data (%1) written: %2 departments, %3 resources, %4 data items, %5 registration applications, %6 agreements of authorized operation with their products, prices, reports and disclosures.</source>
        <translation>已写入演示数据（%1）：%2 个部门、%3 条资源、%4 个数据项、%5 件登记申请、%6 份授权运营协议及其产品、价格、报告和披露。</translation>
    </message>
    <message>
        <source>Unknown scale &quot;%1&quot;: use small, bench, large or province.</source>
        <translation>未知规模“%1”：请使用 small、bench、large 或 province。</translation>
    </message>
</context>
<context>
    <name>xs::NavigationAreas</name>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The shared, open and authorized-operation catalogs over one pool of public data resources.</source>
        <translation>基于同一资源池的政务数据共享目录、公共数据开放目录和授权运营目录。</translation>
    </message>
    <message>
        <source>Search in Chinese with facets by department, catalog, grade, sharing and open attribute, frequency and status</source>
        <translation>中文检索，可按部门、目录、分级、共享与开放属性、更新频率和状态分面筛选</translation>
    </message>
    <message>
        <source>The resource table, the entry editor with its data items, and bulk edits</source>
        <translation>资源列表、含数据项的目录编辑器和批量修改</translation>
    </message>
    <message>
        <source>One authoritative source per data item (一数一源): conflicts between departments</source>
        <translation>一数一源：部门之间的权威来源冲突</translation>
    </message>
    <message>
        <source>History of every change, with restore</source>
        <translation>每次修改的历史记录，可恢复到早先版本</translation>
    </message>
    <message>
        <source>Import and export as CSV, XLSX and JSON</source>
        <translation>以 CSV、XLSX 和 JSON 导入导出</translation>
    </message>
    <message>
        <source>Registration review</source>
        <translation>登记审核</translation>
    </message>
    <message>
        <source>The registration body&apos;s review queue: acceptance, formal review, public notice and coding.</source>
        <translation>登记机构的审核队列：受理、形式审核、公示和赋码。</translation>
    </message>
    <message>
        <source>My queue, unassigned, overdue, in public notice and expiring soon</source>
        <translation>我的待办、未分配、已逾期、公示中和即将到期</translation>
    </message>
    <message>
        <source>Deadlines in working days on the official holiday calendar</source>
        <translation>按官方节假日安排计算工作日时限</translation>
    </message>
    <message>
        <source>Materials checklist, timeline, comments and decisions</source>
        <translation>材料清单、办理时间线、意见和决定</translation>
    </message>
    <message>
        <source>Notices as PDF: missing materials, acceptance and refusal</source>
        <translation>以 PDF 输出一次性告知书、受理及不予受理通知书</translation>
    </message>
    <message>
        <source>Authorized operation</source>
        <translation>授权运营</translation>
    </message>
    <message>
        <source>Grants of authorized operation: operators, implementation plans, agreements, products and disclosures.</source>
        <translation>授权运营：运营机构、实施方案、授权协议、产品和服务以及信息披露。</translation>
    </message>
    <message>
        <source>Dashboards of active grants by mode, domain and city</source>
        <translation>按授权模式、领域和市州统计在营授权的看板</translation>
    </message>
    <message>
        <source>Grants expiring within 90 days and overdue disclosures</source>
        <translation>90 天内到期的授权和逾期未披露</translation>
    </message>
    <message>
        <source>Editors for plans, agreements and products</source>
        <translation>实施方案、协议和产品的编辑</translation>
    </message>
    <message>
        <source>Pricing &amp; revenue</source>
        <translation>定价收益</translation>
    </message>
    <message>
        <source>Government-guided price caps, maximum allowed revenue and revenue distribution.</source>
        <translation>政府指导价上限、准许收入和收益分配。</translation>
    </message>
    <message>
        <source>Specific price against cap, and revenue against maximum allowed revenue</source>
        <translation>具体价格与价格上限对比、实际收入与准许收入对比</translation>
    </message>
    <message>
        <source>The annual 10% deviation check and carry-over between cycles</source>
        <translation>年度 10% 偏差校核与周期间结转</translation>
    </message>
    <message>
        <source>Tiers, discounts and revenue shares</source>
        <translation>阶梯价格、优惠和收益分配比例</translation>
    </message>
    <message>
        <source>Field audits</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <source>On-site audits of operators and departments, recorded offline and synced later.</source>
        <translation>对运营机构和部门的现场核查，离线记录，事后同步。</translation>
    </message>
    <message>
        <source>Audit plans and checklists</source>
        <translation>核查计划和检查清单</translation>
    </message>
    <message>
        <source>Findings with evidence, recorded without a network</source>
        <translation>附证据的核查发现，无网络也能记录</translation>
    </message>
    <message>
        <source>Rectification follow-up</source>
        <translation>整改跟踪</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Synchronisation with the province hub.</source>
        <translation>与省枢纽的数据同步。</translation>
    </message>
    <message>
        <source>State, last successful sync and unsynced changes</source>
        <translation>同步状态、上次成功同步时间和未同步的更改</translation>
    </message>
    <message>
        <source>Rejected operations with their reasons</source>
        <translation>被拒绝的操作及原因</translation>
    </message>
    <message>
        <source>Conflicts resolved field by field</source>
        <translation>逐字段解决冲突</translation>
    </message>
    <message>
        <source>Hub connection, certificate and login</source>
        <translation>枢纽连接、证书和登录</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>The tamper-evident record of every change and decision.</source>
        <translation>每次更改和决定的防篡改记录。</translation>
    </message>
    <message>
        <source>Who, when, what, old and new values, and why</source>
        <translation>何人、何时、何事、原值与新值以及原因</translation>
    </message>
    <message>
        <source>Filters and CSV export</source>
        <translation>筛选和 CSV 导出</translation>
    </message>
    <message>
        <source>Verification of the hash chain</source>
        <translation>哈希链校验</translation>
    </message>
    <message>
        <source>To answer and asked by us, with working-day deadlines and overdue marks</source>
        <translation>待我方答复与我方申请两个队列，工作日期限与超期标记</translation>
    </message>
    <message>
        <source>Missing material in one notice, one extension, refusals with reasons</source>
        <translation>一次性告知补正材料、一次延期、不予共享说明理由</translation>
    </message>
    <message>
        <source>Delivery within 20 working days of approval</source>
        <translation>同意后 20 个工作日内交付</translation>
    </message>
    <message>
        <source>Sharing &amp; opening</source>
        <translation>共享开放</translation>
    </message>
    <message>
        <source>Requests between departments for shared data, answered within the working days the sharing regulation sets, and feedback on the data&apos;s quality.</source>
        <translation>部门间的数据共享申请（按《政务数据共享条例》规定的工作日期限答复）与数据质量反馈。</translation>
    </message>
    <message>
        <source>Quality feedback on four dimensions, corrected within 10 working days</source>
        <translation>按四个质量维度反馈问题，10 个工作日内整改</translation>
    </message>
    <message>
        <source>Open-data demand by priority domain, answered within the published rule</source>
        <translation>按重点领域受理开放需求，在公布的时限内答复</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>How each department does on its catalog, its timeliness and the requests it answers, per quarter or year (绩效考核).</source>
        <translation>按季度或年度考核各部门的目录编制、更新及时性和对申请的答复情况（绩效考核）。</translation>
    </message>
    <message>
        <source>Rank, weighted score and change on the period before</source>
        <translation>排名、加权得分及较上期变化</translation>
    </message>
    <message>
        <source>Each measure against the mean of all departments</source>
        <translation>各项指标与全部门平均值对比</translation>
    </message>
    <message>
        <source>The records behind every figure</source>
        <translation>每个数字背后的记录明细</translation>
    </message>
    <message>
        <source>Export for audit bodies with xiangshu-cli scorecard</source>
        <translation>用 xiangshu-cli scorecard 导出供审计机关使用</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Accounts, roles, departments, holiday schedules and deadline rules, kept by administrators.</source>
        <translation>账号、角色、部门、节假日安排和办理时限，由管理员维护。</translation>
    </message>
    <message>
        <source>The hub&apos;s accounts: disable, enable, sessions and ending them</source>
        <translation>省枢纽账号：停用、启用、查看和注销会话</translation>
    </message>
    <message>
        <source>Roles and what each may do</source>
        <translation>角色及其职责</translation>
    </message>
    <message>
        <source>Departments and the resources each keeps</source>
        <translation>部门及其掌握的数据资源</translation>
    </message>
    <message>
        <source>Holiday schedules and deadline rules, published to every desktop through the hub</source>
        <translation>节假日安排和办理时限，经省枢纽发布到每台电脑</translation>
    </message>
</context>
<context>
    <name>xs::OfflineBar</name>
    <message>
        <source>Prepare for &amp;Offline</source>
        <translation>准备离线(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Offline preparation cancelled; what was fetched stays on this desktop.</source>
        <translation>已取消准备离线；已下载的资料保留在本机。</translation>
    </message>
    <message>
        <source>Offline preparation stopped: %1 %2</source>
        <translation>准备离线未完成：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Prepared, but the hub could not give %n file(s): %1</source>
        <translation>
            <numerusform>已准备，但中心无法提供 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready for offline work: everything this visit needs is on this desktop.</source>
        <translation>可以离线核查：本次核查所需的资料都已在本机。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Evidence %v of %m</source>
        <translation>证据 %v / %m</translation>
    </message>
    <message>
        <source>Syncs, then fetches the checklist, the audited records, earlier findings and every evidence file onto this desktop</source>
        <translation>先同步，再把核查清单、被核查对象的资料、以往发现的问题和全部证据文件下载到本机</translation>
    </message>
    <message>
        <source>This desktop works without a hub: what it holds is all there is</source>
        <translation>本机未连接中心：本机已有的资料就是全部</translation>
    </message>
    <message>
        <source>Prepared for offline work %1 by %2</source>
        <translation>已于 %1 由 %2 准备离线</translation>
    </message>
    <message>
        <source>Not prepared for offline work yet</source>
        <translation>尚未准备离线</translation>
    </message>
    <message>
        <source>Preparing for offline work…</source>
        <translation>正在准备离线…</translation>
    </message>
    <message>
        <source>Everything this visit needs is on this desktop.</source>
        <translation>本次核查所需的资料都已在本机。</translation>
    </message>
</context>
<context>
    <name>xs::OfflinePackage</name>
    <message>
        <source>checklist here</source>
        <translation>核查清单已在本机</translation>
    </message>
    <message>
        <source>checklist missing</source>
        <translation>缺少核查清单</translation>
    </message>
    <message numerus="yes">
        <source>%n catalog entr(y/ies)</source>
        <translation>
            <numerusform>目录条目 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>授权协议 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier finding(s)</source>
        <translation>
            <numerusform>以往发现问题 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence %1 of %2 here</source>
        <translation>证据 %1/%2 在本机</translation>
    </message>
    <message>
        <source>The task is not on this desktop.</source>
        <translation>本机没有该核查任务。</translation>
    </message>
    <message>
        <source>The task&apos;s checklist template is not on this desktop.</source>
        <translation>本机没有该任务的核查清单模板。</translation>
    </message>
    <message>
        <source>The audited department, operator or registration is not on this desktop.</source>
        <translation>本机没有被核查的部门、运营机构或登记。</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) (%1) are only on the hub.</source>
        <translation>
            <numerusform>%n 个证据文件（%1）仅在中心。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::OfflinePreparation</name>
    <message>
        <source>preparation cancelled</source>
        <translation>已取消准备</translation>
    </message>
    <message>
        <source>this desktop is not connected to a hub; connect to it first</source>
        <translation>本机未连接中心，请先连接</translation>
    </message>
    <message>
        <source>log in to the hub first</source>
        <translation>请先登录中心</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>xs::OneSourceConflictModel</name>
    <message>
        <source>Data item</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Departments claiming to be its source</source>
        <translation>声明为权威来源的部门</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
</context>
<context>
    <name>xs::OneSourcePanel</name>
    <message>
        <source>一数一源: one authoritative source per data item. These items are claimed by more than one department; agree on one and clear the others&apos; flag.</source>
        <translation>一数一源：每个数据项只有一个权威来源。以下数据项被多个部门声明为权威来源，请商定一个部门，并取消其他部门的标记。</translation>
    </message>
</context>
<context>
    <name>xs::OpenDataListModel</name>
    <message numerus="yes">
        <source>Answer within %n working day(s) of acceptance.</source>
        <translation>
            <numerusform>受理后 %n 个工作日内答复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Data wanted</source>
        <translation>需求数据</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>需求方</translation>
    </message>
    <message>
        <source>Answering department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
</context>
<context>
    <name>xs::OpenDataPanel</name>
    <message>
        <source>Assigned to us</source>
        <translation>仅本部门承办</translation>
    </message>
    <message>
        <source>Include answered</source>
        <translation>包括已答复</translation>
    </message>
    <message>
        <source>&amp;Register a Demand...</source>
        <translation>登记开放需求(&amp;R)…</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>%1 shown · %2 overdue</source>
        <translation>显示 %1 · 超期 %2</translation>
    </message>
    <message>
        <source>All domains (%1)</source>
        <translation>全部领域（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No open-data demands here.</source>
        <translation>这里没有开放需求。</translation>
    </message>
    <message>
        <source>Choose a demand to see what was asked and answered.</source>
        <translation>选择一条需求，查看需求内容与答复情况。</translation>
    </message>
    <message>
        <source>Register an Open-Data Demand</source>
        <translation>登记开放需求</translation>
    </message>
    <message>
        <source>The demand was not saved: %1</source>
        <translation>需求未保存：%1</translation>
    </message>
    <message>
        <source>As received through the open-data portal. Who asked is kept as given; their contact details stay with the portal.</source>
        <translation>按开放平台收到的内容登记。需求方按其提交的名称记录，联系方式留在开放平台。</translation>
    </message>
    <message>
        <source>Saved here; the hub receives it at the next sync.</source>
        <translation>已在本机保存；下次同步时发送至省枢纽。</translation>
    </message>
    <message>
        <source>Department to answer:</source>
        <translation>承办部门：</translation>
    </message>
    <message>
        <source>No departments on this computer yet: sync first.</source>
        <translation>本机上还没有部门数据：请先同步。</translation>
    </message>
</context>
<context>
    <name>xs::OpenDataWorkflow</name>
    <message>
        <source>there is no department with the code &quot;%1&quot;</source>
        <translation>没有代码为“%1”的部门</translation>
    </message>
    <message>
        <source>choose one of the priority open domains, or 其他</source>
        <translation>请选择一个重点开放领域，或“其他”</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Accepted, awaiting answer</source>
        <translation>已受理，待答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已开放</translation>
    </message>
    <message>
        <source>Opened under a conditional agreement</source>
        <translation>有条件开放</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予开放</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>xs::OperatingReportDocument</name>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Annual operating report %1: %2</source>
        <translation>%1 年度运营报告：%2</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source> (overdue: due %1)</source>
        <translation>（逾期：应于 %1 前报送）</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>，期限 %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>授权协议</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营机构</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>报送期限</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Cost (industry products, net of subsidies)</source>
        <translation>成本（产业发展类产品，扣除补贴）</translation>
    </message>
    <message>
        <source>Reasonable return r</source>
        <translation>合理收益率 r</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>税金</translation>
    </message>
    <message>
        <source>Actual revenue</source>
        <translation>实际收入</translation>
    </message>
    <message>
        <source>Profit (revenue less cost and taxes)</source>
        <translation>利润（收入减成本和税金）</translation>
    </message>
    <message>
        <source>Maximum allowed revenue of the year</source>
        <translation>本年度最高准许收入</translation>
    </message>
    <message>
        <source>Deducted for the previous cycle&apos;s excess</source>
        <translation>扣减上一周期超收</translation>
    </message>
    <message>
        <source>Maximum after the deduction</source>
        <translation>扣减后最高准许收入</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>收入偏差</translation>
    </message>
    <message>
        <source>Required (10% rule)</source>
        <translation>应办事项（10% 规则）</translation>
    </message>
    <message>
        <source>Evaluation cycle</source>
        <translation>评估周期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity sold</source>
        <translation>销售量</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>占收入比例</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Price before (yuan)</source>
        <translation>调整前价格（元）</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>调整后价格（元）</translation>
    </message>
    <message>
        <source>Cap before (yuan)</source>
        <translation>调整前上限（元）</translation>
    </message>
    <message>
        <source>Cap (yuan)</source>
        <translation>调整后上限（元）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation>分产品销售情况</translation>
    </message>
    <message>
        <source>The report gives no sales per product.</source>
        <translation>报告未列明分产品销售情况。</translation>
    </message>
    <message>
        <source>Price and cap changes during the year</source>
        <translation>年度内价格及价格上限调整</translation>
    </message>
    <message>
        <source>No price or cap changed during the year.</source>
        <translation>年度内价格及价格上限均未调整。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>价格调整</translation>
    </message>
</context>
<context>
    <name>xs::OrderDialog</name>
    <message>
        <source>Issue a Rectification Order</source>
        <translation>下发整改通知</translation>
    </message>
    <message>
        <source>Rectify the following finding: %1</source>
        <translation>请对以下问题进行整改：%1</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>Addressed to:</source>
        <translation>整改对象：</translation>
    </message>
    <message>
        <source>What must be rectified:</source>
        <translation>整改要求：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>The hub counts the deadline from the day it receives the order, on the official holiday schedule.</source>
        <translation>期限由省枢纽自收到通知之日起，按国务院节假日安排以工作日计算。</translation>
    </message>
</context>
<context>
    <name>xs::OverviewTiles</name>
    <message>
        <source>A finding is open until the rectification order that follows it is closed</source>
        <translation>整改通知关闭前，问题均计为未关闭</translation>
    </message>
    <message>
        <source>Audit tasks — %1 overdue</source>
        <translation>核查任务 — 逾期 %1 项</translation>
    </message>
    <message>
        <source>Show the overdue tasks</source>
        <translation>查看逾期任务</translation>
    </message>
    <message>
        <source>Open findings — %1</source>
        <translation>未关闭问题 — %1 项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <source>Show the rectification orders past their deadline</source>
        <translation>查看超过期限的整改通知</translation>
    </message>
</context>
<context>
    <name>xs::PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>xs::PhotoDownscaler</name>
    <message>
        <source>only JPEG and PNG photos can be downscaled</source>
        <translation>只有 JPEG 和 PNG 照片可以缩小</translation>
    </message>
    <message>
        <source>the photo is larger than %1 MiB, too large to downscale here</source>
        <translation>照片超过 %1 MiB，过大，无法在本机缩小</translation>
    </message>
    <message>
        <source>the photo cannot be decoded: %1</source>
        <translation>照片无法解码：%1</translation>
    </message>
    <message>
        <source>the smaller photo cannot be written: %1</source>
        <translation>无法生成缩小后的照片：%1</translation>
    </message>
</context>
<context>
    <name>xs::PlanTaskDialog</name>
    <message>
        <source>Plan a Field Audit</source>
        <translation>计划现场核查</translation>
    </message>
    <message>
        <source>Change the Plan</source>
        <translation>修改核查计划</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>计划未保存：%1</translation>
    </message>
</context>
<context>
    <name>xs::PlannedAreaPage</name>
    <message>
        <source>What will be here</source>
        <translation>此处将提供</translation>
    </message>
    <message>
        <source>This area is not available in this version yet. Your data is already kept encrypted on this computer.</source>
        <translation>本版本暂未提供此功能区。您的数据已加密保存在本机。</translation>
    </message>
</context>
<context>
    <name>xs::PricingCharts</name>
    <message>
        <source>Share of the cap</source>
        <translation>占上限比例</translation>
    </message>
    <message>
        <source>No monthly prices in this period</source>
        <translation>该期间没有月度价格</translation>
    </message>
    <message>
        <source>Average specific price</source>
        <translation>平均具体价格</translation>
    </message>
    <message>
        <source>Highest specific price</source>
        <translation>最高具体价格</translation>
    </message>
    <message>
        <source>Cap (100%)</source>
        <translation>上限（100%）</translation>
    </message>
    <message>
        <source>No operating reports in this period</source>
        <translation>该期间没有运营报告</translation>
    </message>
    <message>
        <source>Actual revenue</source>
        <translation>实际收入</translation>
    </message>
    <message>
        <source>Maximum allowed revenue</source>
        <translation>准许收入上限</translation>
    </message>
    <message>
        <source>±10%: the operator adjusts its prices</source>
        <translation>±10%：运营机构自行调整价格</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>No tiered products in this period</source>
        <translation>该期间没有阶梯定价产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price, share of the cap</source>
        <translation>单价占上限比例</translation>
    </message>
</context>
<context>
    <name>xs::PricingPage</name>
    <message>
        <source>Pricing and revenue</source>
        <translation>定价与收益</translation>
    </message>
    <message>
        <source>Specific price against cap</source>
        <translation>具体价格与价格上限</translation>
    </message>
    <message>
        <source>Actual against maximum allowed revenue</source>
        <translation>实际收入与准许收入上限</translation>
    </message>
    <message>
        <source>Revenue distribution (10,000 yuan)</source>
        <translation>收益分配（万元）</translation>
    </message>
    <message>
        <source>Tier curves</source>
        <translation>阶梯价格曲线</translation>
    </message>
    <message>
        <source>operating report for %1</source>
        <translation>%1 年度运营报告</translation>
    </message>
    <message>
        <source>sharing revenue with %1</source>
        <translation>收益分配给%1</translation>
    </message>
</context>
<context>
    <name>xs::PricingRecords</name>
    <message>
        <source>The tiers cannot be read.</source>
        <translation>阶梯价格无法读取。</translation>
    </message>
    <message>
        <source>Tiers need the product&apos;s cap.</source>
        <translation>设置阶梯价格需先填写产品价格上限。</translation>
    </message>
    <message>
        <source>Choose the product this price is for.</source>
        <translation>请选择该价格所属的产品。</translation>
    </message>
    <message>
        <source>Enter the month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 格式输入月份。</translation>
    </message>
    <message>
        <source>Enter the cap in force that month.</source>
        <translation>请输入该月执行的价格上限。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>Choose the agreement this report is for.</source>
        <translation>请选择该报告所属的协议。</translation>
    </message>
    <message>
        <source>Enter the year the report covers.</source>
        <translation>请输入报告所属年度。</translation>
    </message>
    <message>
        <source>Revenue cannot be negative.</source>
        <translation>收入不能为负数。</translation>
    </message>
    <message>
        <source>The maximum allowed revenue does not follow from the inputs (they give %1 yuan).</source>
        <translation>准许收入上限与各项输入不符（按输入计算为 %1 元）。</translation>
    </message>
    <message>
        <source>The evaluation cycles cannot be read.</source>
        <translation>无法读取价格评估周期。</translation>
    </message>
    <message>
        <source>The sales per product cannot be read.</source>
        <translation>无法读取分产品销售情况。</translation>
    </message>
    <message>
        <source>Name the product of every sale.</source>
        <translation>请为每条销售记录填写产品名称。</translation>
    </message>
    <message>
        <source>Sales of %1 cannot be negative.</source>
        <translation>%1 的销售量和收入不能为负数。</translation>
    </message>
    <message>
        <source>The products&apos; revenue (%1 yuan) exceeds the year&apos;s actual revenue (%2 yuan).</source>
        <translation>各产品收入合计（%1 元）超过本年度实际收入（%2 元）。</translation>
    </message>
    <message>
        <source>The discounts cannot be read.</source>
        <translation>无法读取价格优惠。</translation>
    </message>
    <message>
        <source>Say whom each discount is for.</source>
        <translation>请填写每项优惠的适用对象。</translation>
    </message>
    <message>
        <source>%1 has more than one discount.</source>
        <translation>“%1”有多项优惠。</translation>
    </message>
    <message>
        <source>The discount for %1 must be more than 0% and less than 100%.</source>
        <translation>“%1”的优惠比例须大于 0% 且小于 100%。</translation>
    </message>
</context>
<context>
    <name>xs::PricingRules</name>
    <message>
        <source>The Treasury yield must be the average of %1, the year before the cost survey.</source>
        <translation>国债收益率应取成本监审年度前一年（%1 年）的平均值。</translation>
    </message>
    <message>
        <source>The reasonable return r = %1 exceeds its cap of %2 (the %3 average 10-year Treasury yield of %4 plus 6 percentage points).</source>
        <translation>合理收益率 r = %1，超过上限 %2（%3 年 10 年期国债平均收益率 %4 加 6 个百分点）。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The price of %1 yuan is above the cap of %2 yuan.</source>
        <translation>价格 %1 元高于最高限价 %2 元。</translation>
    </message>
    <message>
        <source>The first tier must start at a quantity of 0.</source>
        <translation>第一档必须从数量 0 起算。</translation>
    </message>
    <message>
        <source>Tier %1 must start above the tier before it.</source>
        <translation>第 %1 档的起始数量必须高于上一档。</translation>
    </message>
    <message>
        <source>Tier %1 needs a price above zero.</source>
        <translation>第 %1 档的价格必须大于零。</translation>
    </message>
    <message>
        <source>Tier %1 (%2 yuan) is above the cap of %3 yuan.</source>
        <translation>第 %1 档（%2 元）高于最高限价 %3 元。</translation>
    </message>
    <message>
        <source>Every share needs a party and a positive percentage.</source>
        <translation>每项分配比例都须注明分配对象，且比例大于零。</translation>
    </message>
    <message>
        <source>The shares add up to %1; they must add up to exactly 100%.</source>
        <translation>分配比例合计为 %1，必须恰好等于 100%。</translation>
    </message>
    <message>
        <source>An evaluation cycle needs a start and an end after it.</source>
        <translation>评估周期须有开始日期和晚于开始日期的结束日期。</translation>
    </message>
    <message>
        <source>An evaluation cycle lasts at most three years (until %1).</source>
        <translation>评估周期最长三年（至 %1）。</translation>
    </message>
    <message>
        <source>Cost, rate and taxes cannot be negative.</source>
        <translation>成本、收益率和税金不能为负数。</translation>
    </message>
</context>
<context>
    <name>xs::PublishScheduleAction</name>
    <message>
        <source>Publish Holiday Schedule</source>
        <translation>发布节假日安排</translation>
    </message>
    <message>
        <source>Holiday schedule (*.json)</source>
        <translation>节假日安排 (*.json)</translation>
    </message>
    <message>
        <source>Publish the holiday schedule of %1?

%2
%3 holidays (%4 days), %5 weekend days worked in exchange.

Provisional deadlines are counted again on it now; the hub receives it at the next sync.</source>
        <translation>发布 %1 年节假日安排？

%2
节假日 %3 个（共 %4 天），调休上班 %5 天。

暂定期限将立即据此重新计算；下次同步时发送至省枢纽。</translation>
    </message>
    <message numerus="yes">
        <source>The holiday schedule of %1 is published. %n provisional deadline(s) counted again on it.</source>
        <translation>
            <numerusform>%1 年节假日安排已发布，已据此重新计算 %n 个暂定期限。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::QualityFeedbackListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（超期）</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>质量维度</translation>
    </message>
    <message>
        <source>Resource · data item</source>
        <translation>资源 · 数据项</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>反馈部门</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供部门</translation>
    </message>
    <message>
        <source>Correction due</source>
        <translation>整改期限</translation>
    </message>
</context>
<context>
    <name>xs::QualityFeedbackPanel</name>
    <message>
        <source>Ours only (filed by us or about our data)</source>
        <translation>仅本部门相关（本部门反馈或针对本部门数据）</translation>
    </message>
    <message>
        <source>Include fed back</source>
        <translation>包括已反馈结果</translation>
    </message>
    <message>
        <source>&amp;Report a Quality Problem...</source>
        <translation>反馈质量问题(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 shown · %2 overdue</source>
        <translation>显示 %1 · 超期 %2</translation>
    </message>
    <message>
        <source>No quality feedback here.</source>
        <translation>这里没有质量反馈。</translation>
    </message>
    <message>
        <source>Choose feedback to see what was reported and done.</source>
        <translation>选择一条反馈，查看反馈内容与处理情况。</translation>
    </message>
    <message>
        <source>Rectification order</source>
        <translation>整改通知</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1，期限 %2</translation>
    </message>
    <message>
        <source>Provider&apos;s report</source>
        <translation>提供部门整改报告</translation>
    </message>
    <message>
        <source>Report a Quality Problem</source>
        <translation>反馈数据质量问题</translation>
    </message>
    <message>
        <source>The feedback was not saved: %1</source>
        <translation>反馈未保存：%1</translation>
    </message>
    <message>
        <source>The data department verifies it; if it is upheld, the provider corrects it within %1 working days (政务数据共享条例 §26).</source>
        <translation>由数据主管部门核实；反馈属实的，提供部门在 %1 个工作日内整改（《政务数据共享条例》第二十六条）。</translation>
    </message>
    <message>
        <source>Saved here; the hub receives it at the next sync.</source>
        <translation>已在本机保存；下次同步时发送至省枢纽。</translation>
    </message>
</context>
<context>
    <name>xs::QualityFeedbackServices</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Correct the data quality problem (%1): %2</source>
        <translation>请整改数据质量问题（%1）：%2</translation>
    </message>
</context>
<context>
    <name>xs::QualityFeedbackWorkflow</name>
    <message>
        <source>no rectification order has this feedback corrected</source>
        <translation>尚无针对此反馈的整改通知</translation>
    </message>
    <message>
        <source>the provider&apos;s rectification is not closed yet</source>
        <translation>提供部门的整改尚未办结</translation>
    </message>
    <message>
        <source>feedback is filed on a published resource</source>
        <translation>只能对已发布的资源提交质量反馈</translation>
    </message>
    <message>
        <source>the resource has no data item &quot;%1&quot;</source>
        <translation>该资源没有数据项“%1”</translation>
    </message>
    <message>
        <source>the filing department is not known</source>
        <translation>反馈部门不存在</translation>
    </message>
    <message>
        <source>choose one of the four quality dimensions</source>
        <translation>请选择四个质量维度之一</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确性</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>核实中</translation>
    </message>
    <message>
        <source>Being corrected</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Not upheld</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <source>Result fed back</source>
        <translation>已反馈结果</translation>
    </message>
</context>
<context>
    <name>xs::QuarantineModel</name>
    <message>
        <source>%1 (id %2, version %3)</source>
        <translation>%1（编号 %2，版本 %3）</translation>
    </message>
    <message>
        <source>Reported to the hub</source>
        <translation>已报告枢纽</translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation>尚未报告</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Why it could not be stored</source>
        <translation>未能保存的原因</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽</translation>
    </message>
</context>
<context>
    <name>xs::RecordFormDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>xs::RecordIntegrity</name>
    <message>
        <source>&quot;%1&quot; of %2 is required</source>
        <translation>%2 的“%1”为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of &quot;%2&quot;</source>
        <translation>“%1”不是“%2”的允许取值</translation>
    </message>
    <message>
        <source>another %1 already has %2 &quot;%3&quot;</source>
        <translation>另一条%1已使用%2“%3”</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist</source>
        <translation>%1“%2”不存在</translation>
    </message>
</context>
<context>
    <name>xs::RecoveryCodeDialog</name>
    <message>
        <source>Your Recovery Code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>Write this code down and keep it somewhere safe, away from this computer. It is shown only now. Without it, data cannot be recovered if the keychain is lost.</source>
        <translation>请抄写此恢复码，并存放在远离本机的安全地方。它只显示这一次。一旦钥匙串丢失，没有它就无法恢复数据。</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>我已抄写恢复码</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>xs::RectificationQueueModel</name>
    <message>
        <source>after sync</source>
        <translation>同步后确定</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due (working days)</source>
        <translation>整改期限（工作日）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>整改对象</translation>
    </message>
    <message>
        <source>What must be rectified</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>Counted Monday to Friday: the holiday schedule of that year was not published when the order was issued.</source>
        <translation>按周一至周五计算：下发时该年度节假日安排尚未公布。</translation>
    </message>
</context>
<context>
    <name>xs::RectificationQueuePanel</name>
    <message>
        <source>Include closed</source>
        <translation>含已关闭</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 overdue</source>
        <translation>显示 %1/%2 · 逾期 %3</translation>
    </message>
</context>
<context>
    <name>xs::RectificationWorkflow</name>
    <message>
        <source>the deadline is between 1 and %1 working days</source>
        <translation>期限应为 1 至 %1 个工作日</translation>
    </message>
    <message>
        <source>an order follows a finding or a feedback record, not &quot;%1&quot;</source>
        <translation>整改通知应针对发现问题或反馈记录，而非“%1”</translation>
    </message>
    <message>
        <source>the record the order follows does not exist</source>
        <translation>整改通知针对的记录不存在</translation>
    </message>
    <message>
        <source>the department or operator the order is addressed to is not known</source>
        <translation>整改对象（部门或运营机构）不存在</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已下达</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Submitted for acceptance</source>
        <translation>已提交验收</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营机构</translation>
    </message>
</context>
<context>
    <name>xs::RegistrationAmendment</name>
    <message>
        <source>give at least one new value for the registration</source>
        <translation>请至少填写一项原登记的新内容</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not changed by a change registration</source>
        <translation>“%1”不能通过变更登记修改</translation>
    </message>
    <message>
        <source>the new values are those the registration already holds</source>
        <translation>新内容与原登记现有内容相同</translation>
    </message>
    <message>
        <source>only a change or correction registration carries changes</source>
        <translation>只有变更登记或更正登记才填写变更事项</translation>
    </message>
    <message>
        <source>name the registration it changes, corrects or cancels: one that is registered and valid</source>
        <translation>请指明所变更、更正或注销的登记：须为已登记且在有效期内的登记</translation>
    </message>
    <message>
        <source>the registration has an open application %1 already: continue that one</source>
        <translation>该登记已有办理中的申请 %1，请继续办理该申请</translation>
    </message>
</context>
<context>
    <name>xs::RegistrationDetailPane</name>
    <message>
        <source>Select an application in the queue to see its materials, timeline and next steps.</source>
        <translation>在左侧队列中选择一件申请，查看其材料、办理过程和可办理的步骤。</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>申请编号：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>登记类型：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Applicants: %1</source>
        <translation>登记主体：%1</translation>
    </message>
    <message>
        <source>Registration code: %1, valid until %2</source>
        <translation>登记结果查询码：%1，有效期至 %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>决定理由：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1: %n working day(s) overdue</source>
        <translation>
            <numerusform>期限 %1：已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1: %n working day(s) left</source>
        <translation>
            <numerusform>期限 %1：剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>The clock is stopped: waiting for the applicant.</source>
        <translation>计时已暂停：等待申请人。</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>暂无办理记录。</translation>
    </message>
    <message>
        <source>Export %1 (PDF)…</source>
        <translation>导出《%1》(PDF)…</translation>
    </message>
    <message>
        <source>Steps taken here wait for the hub: they are proposals until the next sync confirms them.</source>
        <translation>在本机办理的步骤尚待省枢纽确认：下次同步确认前均为待确认状态。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Acts on a registration this desktop does not hold yet</source>
        <translation>所涉登记尚未同步到本机</translation>
    </message>
    <message>
        <source>Acts on registration %1 (code %2)</source>
        <translation>所涉登记：%1（登记结果查询码 %2）</translation>
    </message>
    <message>
        <source>(a new list of applicants)</source>
        <translation>（新的登记主体名单）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(list)</source>
        <translation>（名单）</translation>
    </message>
    <message>
        <source>Applied to the registration on %1</source>
        <translation>已于 %1 写入原登记</translation>
    </message>
    <message>
        <source>The hub applies it to the registration at the next sync.</source>
        <translation>下次同步时由省枢纽写入原登记。</translation>
    </message>
    <message numerus="yes">
        <source>Counted as %n working day(s) from %1, by the rule in force when the step started.</source>
        <translation>
            <numerusform>自 %1 起按 %n 个工作日计算（按本环节开始时有效的规则）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration code: %1</source>
        <translation>登记结果查询码：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1; files on record: %2</source>
        <translation>%1；已存文件：%2</translation>
    </message>
</context>
<context>
    <name>xs::RegistrationIntake</name>
    <message>
        <source>Lead applicant (牵头)</source>
        <translation>牵头申请人</translation>
    </message>
    <message>
        <source>Joint applicant (联合)</source>
        <translation>联合申请人</translation>
    </message>
    <message>
        <source>The unified social credit code of %1 must have 18 characters, the last of them checking out.</source>
        <translation>%1 的统一社会信用代码应为 18 位，且末位校验码正确。</translation>
    </message>
    <message>
        <source>%1 is named twice among the applicants.</source>
        <translation>申请主体中 %1 重复出现。</translation>
    </message>
    <message>
        <source>An applicant is either the lead or a joint applicant.</source>
        <translation>申请主体的角色只能是牵头申请人或联合申请人。</translation>
    </message>
    <message>
        <source>A joint application names exactly one lead applicant (牵头申请人).</source>
        <translation>联合申请须且只能有一个牵头申请人。</translation>
    </message>
    <message>
        <source>Describe each application scenario in words.</source>
        <translation>请用文字逐条描述应用场景。</translation>
    </message>
</context>
<context>
    <name>xs::RegistrationIntakeDialog</name>
    <message>
        <source>New Application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>登记类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Data name:</source>
        <translation>数据名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>未列入目录</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Catalog entry:</source>
        <translation>对应目录条目：</translation>
    </message>
    <message>
        <source>Registration it amends:</source>
        <translation>所变更的登记：</translation>
    </message>
    <message>
        <source>Agreement of authorized operation:</source>
        <translation>授权运营协议：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add applicant</source>
        <translation>添加主体</translation>
    </message>
    <message>
        <source>Remove applicant</source>
        <translation>移除主体</translation>
    </message>
    <message>
        <source>Applicants (登记主体):</source>
        <translation>登记主体：</translation>
    </message>
    <message>
        <source>One scenario per line, e.g. 企业信用评价</source>
        <translation>每行一个场景，如：企业信用评价</translation>
    </message>
    <message>
        <source>Application scenarios:</source>
        <translation>应用场景：</translation>
    </message>
    <message>
        <source>Materials received (REG §9)</source>
        <translation>已收材料（登记办法第九条）</translation>
    </message>
    <message>
        <source>&amp;File Application</source>
        <translation>提交申请(&amp;F)</translation>
    </message>
    <message>
        <source>Choose the catalog entry</source>
        <translation>选择目录条目</translation>
    </message>
    <message>
        <source>Choose the registration this application amends.</source>
        <translation>请选择本申请所涉及的已登记事项。</translation>
    </message>
    <message>
        <source>Every material is here.</source>
        <translation>材料齐全。</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) missing: %1. Acceptance sends one notice listing them all (一次性告知), and the clock starts again in full when they arrive.</source>
        <translation>
            <numerusform>缺少 %n 项材料：%1。受理时一次性告知全部所缺材料，补齐后重新计算时限。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The application was not filed: %1</source>
        <translation>申请未提交：%1</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>Attach File...</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Attach: %1</source>
        <translation>附加：%1</translation>
    </message>
    <message>
        <source>PDF documents and images (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF 文档和图片 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 超过 %2 MiB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>附加文件</translation>
    </message>
</context>
<context>
    <name>xs::RegistrationPage</name>
    <message>
        <source>My queue</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>In public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Assign the selected applications to a reviewer (Ctrl+Shift+A)</source>
        <translation>将所选申请分配给审核员（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n application(s) to reviewer:</source>
        <translation>
            <numerusform>将 %n 件申请分配给审核员：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was assigned: %1</source>
        <translation>未分配任何申请：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) assigned to %1.</source>
        <translation>
            <numerusform>已将 %n 件申请分配给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>Export notice</source>
        <translation>导出通知书</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Hunan Public Data Resource Registration Body</source>
        <translation>湖南省公共数据资源登记机构</translation>
    </message>
    <message>
        <source>Notice written to %1.</source>
        <translation>通知书已保存到 %1。</translation>
    </message>
    <message>
        <source>Export to &amp;XLSX...</source>
        <translation>导出为 &amp;XLSX...</translation>
    </message>
    <message>
        <source>Export Queue</source>
        <translation>导出队列</translation>
    </message>
    <message>
        <source>registrations-%1</source>
        <translation>登记-%1</translation>
    </message>
    <message>
        <source>The PDF was written, but not the portal&apos;s text (%1): %2</source>
        <translation>PDF 已导出，但门户公示文本（%1）未能写入：%2</translation>
    </message>
    <message>
        <source>Public notice written to %1, and the portal&apos;s text to %2.</source>
        <translation>公示已导出至 %1，门户公示文本已导出至 %2。</translation>
    </message>
    <message>
        <source>The agreement it follows is not on this desktop yet.</source>
        <translation>所涉授权运营协议尚未同步到本机。</translation>
    </message>
    <message>
        <source>New Application…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>File an application received at the window (Ctrl+N)</source>
        <translation>录入窗口收到的登记申请（Ctrl+N）</translation>
    </message>
    <message>
        <source>Application filed; its acceptance is due by the date in the queue.</source>
        <translation>申请已录入；受理时限见队列。</translation>
    </message>
</context>
<context>
    <name>xs::RegistrationQueueModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等 %n 家联合申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration valid until %1</source>
        <translation>登记有效期至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>登记主体</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Data name</source>
        <translation>数据名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message numerus="yes">
        <source>Operation started on %1; the first registration was due by %2 and came %n working day(s) late.</source>
        <translation>
            <numerusform>%1 开始运营；首次登记应于 %2 前提交，逾期 %n 个工作日提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation started on %1; the first registration was due by %2.</source>
        <translation>%1 开始运营；首次登记应于 %2 前提交。</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1·逾期</translation>
    </message>
</context>
<context>
    <name>xs::RegistrationVocabulary</name>
    <message>
        <source>First registration</source>
        <translation>首次登记</translation>
    </message>
    <message>
        <source>Change registration</source>
        <translation>变更登记</translation>
    </message>
    <message>
        <source>Correction registration</source>
        <translation>更正登记</translation>
    </message>
    <message>
        <source>Cancellation registration</source>
        <translation>注销登记</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续展</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>撤销登记</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>终止登记</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Awaiting missing materials</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Formal review</source>
        <translation>形式审核中</translation>
    </message>
    <message>
        <source>Review paused for the applicant</source>
        <translation>审核暂停（待申请人）</translation>
    </message>
    <message>
        <source>Failed formal review</source>
        <translation>审核不通过</translation>
    </message>
    <message>
        <source>In public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Objection under review</source>
        <translation>异议复核中</translation>
    </message>
    <message>
        <source>Awaiting coding</source>
        <translation>待赋码</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已期满</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Government department</source>
        <translation>政务部门</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营机构</translation>
    </message>
    <message>
        <source>Public utility</source>
        <translation>公共企事业单位</translation>
    </message>
    <message>
        <source>Subject information</source>
        <translation>主体信息</translation>
    </message>
    <message>
        <source>Proof of lawful data source</source>
        <translation>数据来源合法性证明</translation>
    </message>
    <message>
        <source>Description of the data resource</source>
        <translation>数据资源描述</translation>
    </message>
    <message>
        <source>Evidence-preservation record</source>
        <translation>存证记录</translation>
    </message>
    <message>
        <source>Product and service information</source>
        <translation>产品和服务信息</translation>
    </message>
    <message>
        <source>Application scenarios</source>
        <translation>应用场景</translation>
    </message>
    <message>
        <source>Data-security risk assessment</source>
        <translation>数据安全风险评估报告</translation>
    </message>
    <message>
        <source>Statement of the change and its proof</source>
        <translation>变更（更正）说明及证明材料</translation>
    </message>
    <message>
        <source>Statement of the reasons for cancellation</source>
        <translation>注销理由说明</translation>
    </message>
    <message>
        <source>Applied to the registration</source>
        <translation>已变更生效</translation>
    </message>
</context>
<context>
    <name>xs::RegistrationWorkflow</name>
    <message>
        <source>The formal review ran past its deadline (%1): explain the delay to the applicant.</source>
        <translation>形式审核已超过期限（%1）：请向申请人说明延期理由。</translation>
    </message>
    <message>
        <source>Materials are missing (%1): send the one-time notice instead.</source>
        <translation>材料不齐全（%1）：请改为一次性告知补正。</translation>
    </message>
    <message>
        <source>The one-time notice of missing materials was already sent; it must list everything at once and cannot be sent again.</source>
        <translation>已发出过一次性告知补正通知，应一次列明全部材料，不能再次发送。</translation>
    </message>
    <message>
        <source>List every missing material in the notice.</source>
        <translation>请在通知中列明全部需补正的材料。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a material of this application.</source>
        <translation>“%1”不是本申请的材料。</translation>
    </message>
    <message>
        <source>The public notice ended on %1.</source>
        <translation>公示已于 %1 结束。</translation>
    </message>
    <message>
        <source>The public notice runs until %1 inclusive.</source>
        <translation>公示期至 %1（含当日）。</translation>
    </message>
    <message>
        <source>Renewal is possible from %1 to %2.</source>
        <translation>可在 %1 至 %2 期间办理续展。</translation>
    </message>
    <message>
        <source>The registration is valid until %1.</source>
        <translation>登记有效期至 %1。</translation>
    </message>
    <message>
        <source>Choose the type of registration.</source>
        <translation>请选择登记类型。</translation>
    </message>
    <message>
        <source>Enter the name of the data resource or product.</source>
        <translation>请填写数据资源或产品名称。</translation>
    </message>
    <message>
        <source>Name at least one applicant.</source>
        <translation>请至少填写一个登记主体。</translation>
    </message>
    <message>
        <source>Every applicant needs a name and a kind.</source>
        <translation>每个登记主体都须填写名称和类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration step</source>
        <translation>“%1”不是登记步骤</translation>
    </message>
    <message>
        <source>Only reviewers of the registration body take registration steps.</source>
        <translation>只有登记机构的审核员可以办理登记步骤。</translation>
    </message>
    <message>
        <source>This step does not apply to a registration that is %1.</source>
        <translation>处于“%1”状态的申请不能办理此步骤。</translation>
    </message>
    <message>
        <source>The operating term ends on %1: there is nothing to renew.</source>
        <translation>运营期限于 %1 届满，无需续展。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not changed by a change registration.</source>
        <translation>“%1”不能通过变更登记修改。</translation>
    </message>
</context>
<context>
    <name>xs::RejectedOperationsModel</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>修改了%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Reason given by the hub</source>
        <translation>枢纽给出的理由</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>修改时间与人</translation>
    </message>
</context>
<context>
    <name>xs::RequestCommands</name>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>No requests on this computer; sync to fetch those of your department.</source>
        <translation>本机上没有申请；请同步以获取本部门的申请。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli requests export FILE</source>
        <translation>用法：xiangshu-cli requests export FILE</translation>
    </message>
    <message>
        <source>Name the format: a FILE ending in .json, .csv or .xlsx, or --format.</source>
        <translation>请指定格式：文件名以 .json、.csv 或 .xlsx 结尾，或使用 --format。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条申请写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>--kind is sharing, open-data or quality (or usage, to export).</source>
        <translation>--kind 只能是 sharing、open-data 或 quality（导出时还可以是 usage）。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli requests list | requests export FILE [--kind sharing|open-data|quality|usage]</source>
        <translation>用法：xiangshu-cli requests list | requests export FILE [--kind sharing|open-data|quality|usage]</translation>
    </message>
</context>
<context>
    <name>xs::RequestReport</name>
    <message>
        <source>Resource name</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <source>Requesting department name</source>
        <translation>申请部门名称</translation>
    </message>
    <message>
        <source>Provider department name</source>
        <translation>提供部门名称</translation>
    </message>
</context>
<context>
    <name>xs::RevenueReview</name>
    <message>
        <source>Operator adjusts prices</source>
        <translation>运营机构调价</translation>
    </message>
    <message>
        <source>Caps reviewed</source>
        <translation>复核价格上限</translation>
    </message>
    <message>
        <source>No adjustment</source>
        <translation>无需调整</translation>
    </message>
    <message>
        <source>%1: actual revenue %2 yuan against a maximum of %3 yuan, a deviation of %4.</source>
        <translation>%1 年度：实际收入 %2 元，最高准许收入 %3 元，偏差 %4。</translation>
    </message>
    <message>
        <source>The year&apos;s own maximum is %1 yuan; %2 yuan of the previous cycle&apos;s excess comes off it.</source>
        <translation>该年度按自身成本核定的最高准许收入为 %1 元，扣减上一周期超收 %2 元。</translation>
    </message>
    <message>
        <source>More than 10% off: the caps are reviewed.</source>
        <translation>偏差超过 10%：调整价格上限。</translation>
    </message>
    <message>
        <source>Within 10%: the operator adjusts its prices.</source>
        <translation>偏差不超过 10%：运营机构调整价格。</translation>
    </message>
    <message>
        <source>On the maximum: nothing to adjust.</source>
        <translation>与最高准许收入一致：无需调整。</translation>
    </message>
</context>
<context>
    <name>xs::RevenueReviewModel</name>
    <message>
        <source>Done late (%1)</source>
        <translation>逾期完成（%1）</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>已完成（%1）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Actual revenue (yuan)</source>
        <translation>实际收入（元）</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应办事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The year&apos;s maximum allowed revenue, less what of the previous cycle&apos;s excess is deducted from it</source>
        <translation>该年度最高准许收入，已扣减上一评估周期结转的超收部分</translation>
    </message>
    <message>
        <source>Maximum (yuan)</source>
        <translation>最高准许收入（元）</translation>
    </message>
</context>
<context>
    <name>xs::RevenueReviewPanel</name>
    <message>
        <source>Within 10%: operator adjusts prices</source>
        <translation>偏差≤10%，运营机构须调价</translation>
    </message>
    <message>
        <source>whose operator adjusts its prices</source>
        <translation>运营机构须调价的协议</translation>
    </message>
    <message>
        <source>Beyond 10%: caps reviewed</source>
        <translation>偏差超10%，须复核上限</translation>
    </message>
    <message>
        <source>whose revenue is more than 10% off its maximum</source>
        <translation>收入偏差超过 10% 的协议</translation>
    </message>
    <message>
        <source>Adjustments overdue</source>
        <translation>调价或复核逾期</translation>
    </message>
    <message>
        <source>whose price or cap adjustment is overdue</source>
        <translation>调价或上限复核逾期的协议</translation>
    </message>
    <message>
        <source>Annual check of revenue against the maximum (10% rule)</source>
        <translation>年度收入核验（10% 规则）</translation>
    </message>
    <message>
        <source>&amp;Export annual report...</source>
        <translation>导出年度运营报告(&amp;E)…</translation>
    </message>
    <message>
        <source>The selected agreement&apos;s annual operating report for the year shown, as PDF or XLSX</source>
        <translation>将所选协议该年度的运营报告导出为 PDF 或 XLSX</translation>
    </message>
    <message>
        <source>The operating report for %1 is no longer on this computer.</source>
        <translation>本机已没有 %1 年度的运营报告。</translation>
    </message>
    <message>
        <source>Annual operating report %1 %2</source>
        <translation>%1 年度运营报告 %2</translation>
    </message>
    <message>
        <source>Export annual operating report</source>
        <translation>导出年度运营报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>xs::RulesCommands</name>
    <message>
        <source>v%1, published by %2 at %3</source>
        <translation>第 %1 版，由 %2 于 %3 发布</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 → %5</source>
        <translation>%1 %2：%3 %4 → %5</translation>
    </message>
    <message>
        <source>A deadline already running keeps the value it was counted with.</source>
        <translation>已在计算的期限仍按其开始时的取值。</translation>
    </message>
    <message>
        <source>There is no deadline rule &quot;%1&quot;.</source>
        <translation>没有时限规则“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file: %2</source>
        <translation>%1 不是 JSON 规则文件：%2</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs its source (the article or decision it comes from).</source>
        <translation>规则“%1”须注明依据（出自的条款或决定）。</translation>
    </message>
    <message>
        <source>%1 holds no rules.</source>
        <translation>%1 中没有规则。</translation>
    </message>
    <message>
        <source>Only administrators publish deadline rules.</source>
        <translation>只有管理员可以发布时限规则。</translation>
    </message>
    <message>
        <source>Published %1: %2.</source>
        <translation>已发布 %1：%2。</translation>
    </message>
    <message>
        <source>The hub receives the rules at the next sync; deadlines already running keep theirs.</source>
        <translation>下次同步时规则发送至省枢纽；已在计算的期限不受影响。</translation>
    </message>
</context>
<context>
    <name>xs::ScheduleBanner</name>
    <message>
        <source>Publish the schedule…</source>
        <translation>发布节假日安排…</translation>
    </message>
    <message>
        <source>Hide until the program starts again</source>
        <translation>隐藏至下次启动</translation>
    </message>
</context>
<context>
    <name>xs::ScorecardCommands</name>
    <message>
        <source>&quot;%1&quot; is not a period: a quarter such as 2026-Q4, or a year such as 2026.</source>
        <translation>“%1”不是有效的考核期：季度如 2026-Q4，年度如 2026。</translation>
    </message>
    <message>
        <source>Write the scorecard as .json, .csv or .xlsx.</source>
        <translation>考核结果请导出为 .json、.csv 或 .xlsx 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the scorecard of %1 for %n department(s) to %2.</source>
        <translation>
            <numerusform>已将 %1 共 %n 个部门的考核结果写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scorecard %1 (%2 to %3): rank, score, change, department</source>
        <translation>绩效考核 %1（%2 至 %3）：排名、得分、变化、部门</translation>
    </message>
</context>
<context>
    <name>xs::ScorecardMeasures</name>
    <message>
        <source>a weight is 0 to %1</source>
        <translation>权重为 0 至 %1</translation>
    </message>
    <message>
        <source>the measure has a weight already: change that one</source>
        <translation>该指标已设置权重，请修改原有记录</translation>
    </message>
    <message>
        <source>Catalog coverage</source>
        <translation>目录覆盖率</translation>
    </message>
    <message>
        <source>Entries updated on time</source>
        <translation>按频更新率</translation>
    </message>
    <message>
        <source>Sharing requests answered on time</source>
        <translation>共享申请按时答复率</translation>
    </message>
    <message>
        <source>Quality feedback corrected on time</source>
        <translation>质量反馈按时整改率</translation>
    </message>
    <message>
        <source>Rectification orders closed on time</source>
        <translation>整改按时办结率</translation>
    </message>
    <message>
        <source>Open-data demand answered on time</source>
        <translation>开放需求按时答复率</translation>
    </message>
    <message>
        <source>Published entries revised on time</source>
        <translation>目录按时修订率</translation>
    </message>
</context>
<context>
    <name>xs::ScorecardPage</name>
    <message>
        <source>&amp;Weights...</source>
        <translation>权重(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>考核期(&amp;P)：</translation>
    </message>
    <message>
        <source>Click a measure of a department to list the records it counts.</source>
        <translation>点击某部门的一项指标，列出计入该指标的记录。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done / last updated</source>
        <translation>办结/最近更新</translation>
    </message>
    <message>
        <source>As it should be</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Department scorecard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;部门绩效考核&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Computing %1 for every department...</source>
        <translation>正在计算 %1 各部门考核结果…</translation>
    </message>
    <message>
        <source>The scorecard could not be computed: %1</source>
        <translation>无法计算考核结果：%1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3): %4 departments scored, mean score %5.</source>
        <translation>%1（%2 至 %3）：%4 个部门有得分，平均 %5 分。</translation>
    </message>
    <message>
        <source>%1: nothing to score yet.</source>
        <translation>%1：暂无可考核的内容。</translation>
    </message>
    <message>
        <source>No departments here yet: sync first.</source>
        <translation>本机尚无部门，请先同步。</translation>
    </message>
    <message>
        <source>Mean of all departments</source>
        <translation>全部门平均</translation>
    </message>
    <message>
        <source>%1: score %2, rank %3</source>
        <translation>%1：得分 %2，排名第 %3</translation>
    </message>
    <message>
        <source>%1: nothing to score</source>
        <translation>%1：暂无可考核的内容</translation>
    </message>
    <message>
        <source>Loading %1 of %2...</source>
        <translation>正在读取%2的%1…</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
    <message>
        <source>%1 of %2: nothing counted in this period.</source>
        <translation>%2的%1：本期没有计入的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2: %n record(s), the latest due first.</source>
        <translation>
            <numerusform>%2的%1：共 %n 条记录，期限最近的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The weights were not saved: %1</source>
        <translation>权重未保存：%1</translation>
    </message>
</context>
<context>
    <name>xs::ScorecardReport</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门代码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Change on the period before</source>
        <translation>较上期变化</translation>
    </message>
    <message>
        <source> (done/counted)</source>
        <translation>（达标/计数）</translation>
    </message>
    <message>
        <source>Scorecard %1</source>
        <translation>绩效考核 %1</translation>
    </message>
</context>
<context>
    <name>xs::ScorecardTableModel</name>
    <message>
        <source>%1 of %2 as they should be. Click to list them.</source>
        <translation>%2 项中 %1 项达标。点击查看明细。</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>本期没有可计入的内容。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>较上期</translation>
    </message>
</context>
<context>
    <name>xs::ScorecardWeightsDialog</name>
    <message>
        <source>Scorecard Weights</source>
        <translation>考核权重</translation>
    </message>
    <message>
        <source>A department&apos;s score is the weighted mean of the measures it has something to count in. The weights are saved here and reach the hub at the next sync.</source>
        <translation>部门得分为其有计数的各项指标的加权平均。权重保存在本机，下次同步时提交枢纽。</translation>
    </message>
    <message>
        <source>Together: %1 %</source>
        <translation>合计：%1 %</translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewDialog</name>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>核查内容</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Answer the Review Checklist</source>
        <translation>填写审查核查表</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>审查对象：</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>核查清单：</translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation>（本机尚无）</translation>
    </message>
    <message>
        <source>Open a Security Review</source>
        <translation>发起安全审查</translation>
    </message>
    <message>
        <source>&amp;Reviewed:</source>
        <translation>审查对象(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>核查清单(&amp;C)：</translation>
    </message>
    <message>
        <source>Answer every item before concluding. An item found not to conform allows only a conclusion with conditions or a failure.</source>
        <translation>得出结论前须逐项填写。有不符合项时，只能得出“有条件通过”或“不通过”的结论。</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>已填写 %1 / %2 项</translation>
    </message>
    <message>
        <source>Nothing awaits a review here: no conditional sharing request awaits its reply and no signed agreement awaits its start.</source>
        <translation>本机没有待审查的对象：没有待答复的有条件共享申请，也没有待启动运营的已签订协议。</translation>
    </message>
    <message>
        <source>No published security-review checklist here yet: sync first.</source>
        <translation>本机尚无已发布的安全审查核查清单，请先同步。</translation>
    </message>
    <message>
        <source>The review was not saved: %1</source>
        <translation>审查未保存：%1</translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewListModel</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审查对象类别</translation>
    </message>
    <message>
        <source>Request or agreement</source>
        <translation>申请或协议</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>核查清单</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起日期</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>结论日期</translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewPanel</name>
    <message>
        <source>Open reviews only</source>
        <translation>仅显示审查中</translation>
    </message>
    <message>
        <source>&amp;Open a Review...</source>
        <translation>发起审查(&amp;O)…</translation>
    </message>
    <message>
        <source>Conditionally shared data and an agreement&apos;s data are used only after a security risk assessment and conformity review passes (HN25 item 20).</source>
        <translation>有条件共享的数据和授权运营协议涉及的数据，须经安全风险评估和应用业务规范性审查通过后方可使用（湘政办发〔2025〕25号第二十条）。</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>审查中 %1 项</translation>
    </message>
    <message>
        <source>No security reviews here.</source>
        <translation>暂无安全审查。</translation>
    </message>
    <message>
        <source>Choose a review to see its checklist and conclusion.</source>
        <translation>选择一项审查，查看核查结果和结论。</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 items answered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已填写 %1 / %2 项。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Does not conform:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;不符合项：&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Answer the &amp;Checklist...</source>
        <translation>填写核查表(&amp;C)…</translation>
    </message>
    <message>
        <source>Saved here; the hub receives it at the next sync.</source>
        <translation>已保存在本机，下次同步时提交枢纽。</translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewServices</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>%1 asks for %2</source>
        <translation>%1 申请 %2</translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewWorkflow</name>
    <message>
        <source>the request or agreement reviewed is not known</source>
        <translation>审查的申请或协议不存在</translation>
    </message>
    <message>
        <source>only a request for conditionally shared data is reviewed</source>
        <translation>只有有条件共享的申请需要审查</translation>
    </message>
    <message>
        <source>choose a published security-review checklist</source>
        <translation>请选择已发布的安全审查核查清单</translation>
    </message>
    <message>
        <source>a security risk assessment and conformity review must pass first</source>
        <translation>须先通过安全风险评估和应用业务规范性审查</translation>
    </message>
    <message>
        <source>the latest security review failed (%1): a new review must pass first</source>
        <translation>最近一次安全审查未通过（%1），须重新审查并通过</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>已结论</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Passed with conditions</source>
        <translation>有条件通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Sharing request (conditional)</source>
        <translation>共享申请（有条件）</translation>
    </message>
    <message>
        <source>Authorized-operation agreement</source>
        <translation>授权运营协议</translation>
    </message>
    <message>
        <source>the checklist has no item %1</source>
        <translation>核查清单中没有第 %1 项</translation>
    </message>
    <message>
        <source>item %1 is answered twice</source>
        <translation>第 %1 项填写了两次</translation>
    </message>
    <message>
        <source>item %1: choose conforms, does not conform or not applicable</source>
        <translation>第 %1 项：请选择符合、不符合或不适用</translation>
    </message>
    <message>
        <source>%1 checklist items are not answered yet</source>
        <translation>还有 %1 项核查内容未填写</translation>
    </message>
    <message>
        <source>an item does not conform: conclude with conditions or as failed</source>
        <translation>存在不符合项：只能得出有条件通过或不通过的结论</translation>
    </message>
</context>
<context>
    <name>xs::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Xiangshu Workbench starts.</source>
        <translation>新的界面语言在下次启动湘数工作台时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>xs::SharingAreaPage</name>
    <message>
        <source>Sharing requests</source>
        <translation>共享申请</translation>
    </message>
    <message>
        <source>Quality feedback</source>
        <translation>质量反馈</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sharing &amp;amp; opening&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;共享开放&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open-data demand</source>
        <translation>开放需求</translation>
    </message>
    <message>
        <source>Security reviews</source>
        <translation>安全审查</translation>
    </message>
</context>
<context>
    <name>xs::SharingQueueModel</name>
    <message>
        <source>Delivery within %1 working days of approval.</source>
        <translation>同意后 %1 个工作日内交付。</translation>
    </message>
    <message>
        <source>Reply within %1 working days, extended once by %2.</source>
        <translation>%1 个工作日内答复，已延长一次 %2 个工作日。</translation>
    </message>
    <message>
        <source>Reply within %1 working day(s).</source>
        <translation>%1 个工作日内答复。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请部门</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供部门</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享属性</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
</context>
<context>
    <name>xs::SharingRequestDialog</name>
    <message>
        <source>Ask for Shared Data</source>
        <translation>申请共享数据</translation>
    </message>
    <message>
        <source>Correct the Request</source>
        <translation>修改共享申请</translation>
    </message>
    <message>
        <source>The provider replies within %1 working day for data shared unconditionally and within %2 working days for data shared on conditions (政务数据共享条例 §21–22).</source>
        <translation>无条件共享的数据，提供部门在 %1 个工作日内答复；有条件共享的数据，在 %2 个工作日内答复（《政务数据共享条例》第二十一、二十二条）。</translation>
    </message>
    <message>
        <source>The request was not saved: %1</source>
        <translation>申请未保存：%1</translation>
    </message>
</context>
<context>
    <name>xs::SharingRequestsPanel</name>
    <message>
        <source>&amp;Ask for Shared Data...</source>
        <translation>申请共享数据(&amp;A)…</translation>
    </message>
    <message>
        <source>To answer (we provide)</source>
        <translation>待我方答复（我方提供）</translation>
    </message>
    <message>
        <source>Asked by us</source>
        <translation>我方申请</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Include closed</source>
        <translation>包括已办结</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅超期</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 overdue</source>
        <translation>显示 %1 / 共 %2 · 超期 %3</translation>
    </message>
    <message>
        <source>No sharing requests in this queue.</source>
        <translation>此队列中没有共享申请。</translation>
    </message>
    <message>
        <source>Choose a request to see what was asked and answered.</source>
        <translation>选择一条申请，查看申请内容与答复情况。</translation>
    </message>
    <message>
        <source>Correct the Request...</source>
        <translation>修改申请…</translation>
    </message>
    <message>
        <source>Saved here; the hub counts the reply deadline at the next sync.</source>
        <translation>已在本机保存；下次同步时由省枢纽计算答复期限。</translation>
    </message>
    <message>
        <source>Record a Use...</source>
        <translation>登记使用…</translation>
    </message>
    <message>
        <source>Uses recorded (%1)</source>
        <translation>使用记录（%1）</translation>
    </message>
    <message>
        <source>None yet: record each use of the data.</source>
        <translation>暂无：请登记每次使用数据的情况。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a Use of Shared Data</source>
        <translation>登记共享数据使用</translation>
    </message>
    <message>
        <source>The use was not recorded: %1</source>
        <translation>使用记录未保存：%1</translation>
    </message>
    <message>
        <source>Each use of delivered data is recorded and kept at least %1 years.</source>
        <translation>每次使用已交付的数据都须登记，记录至少保存 %1 年。</translation>
    </message>
    <message>
        <source>Use recorded here; the hub receives it at the next sync.</source>
        <translation>已在本机登记；下次同步时发送至省枢纽。</translation>
    </message>
    <message>
        <source>Security review:</source>
        <translation>安全审查：</translation>
    </message>
    <message>
        <source>passed; the request may be approved.</source>
        <translation>已通过，可以同意共享。</translation>
    </message>
</context>
<context>
    <name>xs::SharingServices</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
</context>
<context>
    <name>xs::SharingWorkflow</name>
    <message>
        <source>only a published resource of the sharing catalog can be asked for</source>
        <translation>只能申请共享目录中已发布的资源</translation>
    </message>
    <message>
        <source>the resource is not shared (不予共享): %1</source>
        <translation>该资源不予共享：%1</translation>
    </message>
    <message>
        <source>a department does not ask itself for its own data</source>
        <translation>部门无需向本部门申请本部门的数据</translation>
    </message>
    <message>
        <source>the requesting department is not known</source>
        <translation>申请部门不存在</translation>
    </message>
    <message>
        <source>choose one of the sharing methods</source>
        <translation>请选择一种共享方式</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Material requested</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Approved, awaiting delivery</source>
        <translation>已同意，待交付</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予共享</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>only a request for conditionally shared data has its reply period extended</source>
        <translation>只有有条件共享数据的申请可以延长答复期限</translation>
    </message>
    <message>
        <source>the reply period has been extended once already</source>
        <translation>答复期限已延长过一次</translation>
    </message>
    <message>
        <source>an extension is between 1 and %1 working days</source>
        <translation>延长期限为 1 至 %1 个工作日</translation>
    </message>
    <message>
        <source>missing material is listed once, in one notice: this request already had it</source>
        <translation>补正材料应一次性告知：此申请已告知过</translation>
    </message>
</context>
<context>
    <name>xs::SigningKey</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a key file (too large).</source>
        <translation>%1 不是密钥文件（过大）。</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 private key in PEM form.</source>
        <translation>%1 不是 PEM 格式的 Ed25519 私钥。</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM form.</source>
        <translation>%1 不是 PEM 格式的 Ed25519 公钥。</translation>
    </message>
</context>
<context>
    <name>xs::SqlCipherDriver</name>
    <message>
        <source>Unable to open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Unable to apply the database key</source>
        <translation>无法应用数据库密钥</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>无法提交事务</translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation>无法回滚事务</translation>
    </message>
    <message>
        <source>Unable to run script</source>
        <translation>无法执行脚本</translation>
    </message>
    <message>
        <source>Unable to register the pinyin collation or the search tokenizer</source>
        <translation>无法注册拼音排序规则或搜索分词器</translation>
    </message>
</context>
<context>
    <name>xs::StartupFlow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Unlocking the database…</source>
        <translation>正在解锁数据库…</translation>
    </message>
    <message>
        <source>Unlocking the database with the recovery passphrase…</source>
        <translation>正在用恢复口令解锁数据库…</translation>
    </message>
    <message>
        <source>The keychain could not unlock the database: enter the recovery passphrase.</source>
        <translation>钥匙串未能解锁数据库：请输入恢复口令。</translation>
    </message>
    <message>
        <source>There is no database here yet: create one to begin.</source>
        <translation>这里还没有数据库：请先创建一个。</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>数据库无法打开。</translation>
    </message>
</context>
<context>
    <name>xs::StartupWindow</name>
    <message>
        <source>Xiangshu Workbench</source>
        <translation>湘数工作台</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Reading the database key from the system keychain…</source>
        <translation>正在从系统钥匙串读取数据库密钥…</translation>
    </message>
</context>
<context>
    <name>xs::StepArguments</name>
    <message>
        <source>The step takes no argument &quot;%1&quot;.</source>
        <translation>该步骤不接受参数“%1”。</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is longer than %2 characters.</source>
        <translation>参数“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The step needs &quot;%1&quot;.</source>
        <translation>该步骤需要“%1”。</translation>
    </message>
</context>
<context>
    <name>xs::StepDeadline</name>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <source>%1 (adjusted)</source>
        <translation>%1（已调整）</translation>
    </message>
    <message>
        <source>Moved from %1 when the holiday schedule was published.</source>
        <translation>节假日安排公布后，期限由 %1 调整为此日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::StepDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>请至少勾选一项。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>At most %1 characters; this has %2.</source>
        <translation>最多 %1 个字符，当前为 %2 个。</translation>
    </message>
    <message>
        <source>%1: done here; the hub confirms it at the next sync.</source>
        <translation>%1：已在本机办理，下次同步时由省枢纽确认。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>xs::StepTable</name>
    <message>
        <source>Why is this change made?</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Reference of the decision, approval or filing</source>
        <translation>决策、批复或备案文号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>New end of term</source>
        <translation>新的期限截止日</translation>
    </message>
    <message>
        <source>How running services continue without interruption</source>
        <translation>已上线服务如何不中断地延续</translation>
    </message>
    <message>
        <source>Submit for collective decision</source>
        <translation>提交集体决策</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>登记集体决策</translation>
    </message>
    <message>
        <source>Record the filing</source>
        <translation>登记备案</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Revise (major change)</source>
        <translation>修订（重大变更）</translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续展</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>One notice lists every missing material (一次性告知); it cannot be sent twice. The acceptance clock stops until the materials arrive.</source>
        <translation>一次性告知须列明全部需补正的材料，不能再次发送。收到补正材料前受理计时暂停。</translation>
    </message>
    <message>
        <source>The formal review passed its deadline (%1). The delay must be explained to the applicant.</source>
        <translation>形式审核已超过期限（%1），须向申请人说明延期理由。</translation>
    </message>
    <message>
        <source>Explanation of the delay</source>
        <translation>延期说明</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Send missing-materials notice</source>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation>需补正材料</translation>
    </message>
    <message>
        <source>Record resubmitted materials</source>
        <translation>登记补正材料</translation>
    </message>
    <message>
        <source>Materials now delivered</source>
        <translation>本次补交的材料</translation>
    </message>
    <message>
        <source>Refuse to accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Reasons for refusal</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Pause review</source>
        <translation>暂停审核</translation>
    </message>
    <message>
        <source>Resume review</source>
        <translation>恢复审核</translation>
    </message>
    <message>
        <source>Pass formal review</source>
        <translation>形式审核通过</translation>
    </message>
    <message>
        <source>Fail formal review</source>
        <translation>形式审核不通过</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>Objector&apos;s real name</source>
        <translation>异议人实名</translation>
    </message>
    <message>
        <source>Identity document number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Dismiss objection</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <source>Uphold objection</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <source>Close public notice</source>
        <translation>公示期满</translation>
    </message>
    <message>
        <source>Request code</source>
        <translation>申请赋码</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>注销登记</translation>
    </message>
    <message>
        <source>Revoke registration</source>
        <translation>撤销登记</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Reviewer (empty: unassigned)</source>
        <translation>审核员（留空为不分配）</translation>
    </message>
    <message>
        <source>Deadline counted again on the published schedule</source>
        <translation>按公布的节假日安排重新计算期限</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Publish the template</source>
        <translation>发布模板</translation>
    </message>
    <message>
        <source>Retire the template</source>
        <translation>停用模板</translation>
    </message>
    <message>
        <source>Start the visit</source>
        <translation>开始核查</translation>
    </message>
    <message>
        <source>What must be done again</source>
        <translation>需要重新完成的内容</translation>
    </message>
    <message>
        <source>Return to the auditors</source>
        <translation>退回核查员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Confirm the audit</source>
        <translation>确认核查</translation>
    </message>
    <message>
        <source>Begin rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>What was rectified, and how</source>
        <translation>整改内容和措施</translation>
    </message>
    <message>
        <source>Submit the rectification</source>
        <translation>提交整改</translation>
    </message>
    <message>
        <source>Accept the rectification</source>
        <translation>整改验收通过</translation>
    </message>
    <message>
        <source>What is still wrong</source>
        <translation>仍存在的问题</translation>
    </message>
    <message>
        <source>Not accepted: rectify again</source>
        <translation>验收不通过，继续整改</translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation>关闭整改通知</translation>
    </message>
    <message>
        <source>Every missing material, in this one notice</source>
        <translation>需补正的全部材料（一次性告知）</translation>
    </message>
    <message>
        <source>Request missing material</source>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <source>The material supplied</source>
        <translation>补正的材料</translation>
    </message>
    <message>
        <source>Supply the material</source>
        <translation>补正材料</translation>
    </message>
    <message>
        <source>Extension in working days (at most 10)</source>
        <translation>延长工作日数（不超过 10）</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>延长理由</translation>
    </message>
    <message>
        <source>Extend the reply period</source>
        <translation>延长答复期限</translation>
    </message>
    <message>
        <source>Approve sharing</source>
        <translation>同意共享</translation>
    </message>
    <message>
        <source>Refuse sharing</source>
        <translation>不予共享</translation>
    </message>
    <message>
        <source>How and what was delivered</source>
        <translation>交付方式与内容</translation>
    </message>
    <message>
        <source>Record delivery</source>
        <translation>登记交付</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Start verifying</source>
        <translation>开始核实</translation>
    </message>
    <message>
        <source>What verification found</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <source>Uphold: have it corrected</source>
        <translation>属实，通知整改</translation>
    </message>
    <message>
        <source>Why the feedback is not upheld</source>
        <translation>不予采纳的理由</translation>
    </message>
    <message>
        <source>Not upheld</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <source>Mark corrected</source>
        <translation>确认已整改</translation>
    </message>
    <message>
        <source>The result, as the filer is told</source>
        <translation>向反馈部门反馈的结果</translation>
    </message>
    <message>
        <source>Feed the result back</source>
        <translation>反馈处理结果</translation>
    </message>
    <message>
        <source>Code of the department to answer</source>
        <translation>承办部门代码</translation>
    </message>
    <message>
        <source>Accept and assign</source>
        <translation>受理并指定承办部门</translation>
    </message>
    <message>
        <source>What was opened, and where</source>
        <translation>开放的内容与位置</translation>
    </message>
    <message>
        <source>Answer: opened</source>
        <translation>答复：已开放</translation>
    </message>
    <message>
        <source>The conditional agreement: terms and how to sign it</source>
        <translation>有条件开放协议：条件与签订方式</translation>
    </message>
    <message>
        <source>Answer: conditional agreement</source>
        <translation>答复：有条件开放</translation>
    </message>
    <message>
        <source>Answer: refused</source>
        <translation>答复：不予开放</translation>
    </message>
    <message>
        <source>Start operating</source>
        <translation>启动运营</translation>
    </message>
    <message>
        <source>Opinion (optional)</source>
        <translation>审查意见（可选）</translation>
    </message>
    <message>
        <source>Conclude: passed</source>
        <translation>结论：通过</translation>
    </message>
    <message>
        <source>Conditions the use must meet</source>
        <translation>使用须满足的条件</translation>
    </message>
    <message>
        <source>Conclude: passed with conditions</source>
        <translation>结论：有条件通过</translation>
    </message>
    <message>
        <source>Reasons it fails</source>
        <translation>不通过的理由</translation>
    </message>
    <message>
        <source>Conclude: failed</source>
        <translation>结论：不通过</translation>
    </message>
    <message>
        <source>Sign-off comment</source>
        <translation>签发意见</translation>
    </message>
    <message>
        <source>Sign off as department head</source>
        <translation>负责人签发</translation>
    </message>
    <message>
        <source>Submit the revision</source>
        <translation>提交修订</translation>
    </message>
    <message>
        <source>Approve and publish the revision</source>
        <translation>批准并发布修订</translation>
    </message>
    <message>
        <source>What must change</source>
        <translation>需要修改的内容</translation>
    </message>
    <message>
        <source>Return the revision</source>
        <translation>退回修订</translation>
    </message>
    <message>
        <source>Extend by 5 working days</source>
        <translation>延长 5 个工作日</translation>
    </message>
    <message>
        <source>Discard the revision</source>
        <translation>放弃修订</translation>
    </message>
    <message>
        <source>Changed by a change or correction registration</source>
        <translation>经变更（更正）登记修改</translation>
    </message>
    <message>
        <source>Amending registration</source>
        <translation>变更登记申请</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更事项</translation>
    </message>
    <message>
        <source>Cancelled: not renewed by expiry</source>
        <translation>期满未续展，自动注销</translation>
    </message>
    <message>
        <source>Sign off the proposed cap</source>
        <translation>签批价格上限</translation>
    </message>
    <message>
        <source>Return the proposed cap</source>
        <translation>退回价格上限提议</translation>
    </message>
</context>
<context>
    <name>xs::SyncCommands</name>
    <message>
        <source>login needs --%1.</source>
        <translation>login 需要 --%1。</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3).</source>
        <translation>已以 %2（%3）身份登录 %1。</translation>
    </message>
    <message>
        <source>No hub is set for this database. Log in first: xiangshu-cli login --hub URL --user NAME --password-file FILE</source>
        <translation>此数据库尚未设置枢纽。请先登录：xiangshu-cli login --hub URL --user NAME --password-file FILE</translation>
    </message>
    <message>
        <source>The hub session has expired. Log in again with xiangshu-cli login.</source>
        <translation>枢纽会话已过期，请用 xiangshu-cli login 重新登录。</translation>
    </message>
    <message>
        <source>Not logged in to the hub. Log in with xiangshu-cli login.</source>
        <translation>尚未登录枢纽，请用 xiangshu-cli login 登录。</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Sent %1 change(s), received %2, merged %3; %4 conflict(s) and %5 rejected change(s) wait for you.</source>
        <translation>已发送 %1 项修改，接收 %2 项，合并 %3 项；%4 个冲突和 %5 项被拒修改等待您处理。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli conflicts list</source>
        <translation>用法：xiangshu-cli conflicts list</translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4</source>
        <translation>#%1 %2 %3：%4</translation>
    </message>
    <message>
        <source>deleted on one side, edited on the other</source>
        <translation>一方删除，另一方修改</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli conflicts resolve ID --take local|hub</source>
        <translation>用法：xiangshu-cli conflicts resolve ID --take local|hub</translation>
    </message>
    <message>
        <source>There is no open conflict #%1.</source>
        <translation>没有未解决的冲突 #%1。</translation>
    </message>
    <message>
        <source>Conflict #%1 resolved (%2); the result is sent with the next sync.</source>
        <translation>冲突 #%1 已解决（%2）；结果将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli conflicts list | conflicts resolve ID --take local|hub</source>
        <translation>用法：xiangshu-cli conflicts list | conflicts resolve ID --take local|hub</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>建立索引</translation>
    </message>
</context>
<context>
    <name>xs::SyncIssuesPanel</name>
    <message>
        <source>No conflicts. When this computer and the hub change the same field, it shows up here for you to decide.</source>
        <translation>没有冲突。本机和枢纽修改了同一字段时，会在这里列出，由您决定。</translation>
    </message>
    <message>
        <source>&amp;Resolve...</source>
        <translation>解决(&amp;R)……</translation>
    </message>
    <message>
        <source>No rejected changes. If the hub refuses a change (for example, your role may not make it), it is kept here with the hub&apos;s reason.</source>
        <translation>没有被拒的修改。枢纽拒绝某项修改时（例如您的角色无权修改），该修改连同枢纽的理由保留在这里。</translation>
    </message>
    <message>
        <source>&amp;Discard Change...</source>
        <translation>放弃修改(&amp;D)……</translation>
    </message>
    <message>
        <source>The records already show the hub&apos;s copy. Make the change again once its reason is dealt with, then discard the rejected one.</source>
        <translation>这些记录已显示为枢纽上的版本。处理好被拒理由后重新修改，再放弃被拒的那项。</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Rejected Changes (%1)</source>
        <translation>被拒的修改（%1）</translation>
    </message>
    <message>
        <source>Discard Rejected Change</source>
        <translation>放弃被拒的修改</translation>
    </message>
    <message>
        <source>Discard this rejected change to &quot;%1&quot;? The record already shows the hub&apos;s copy; the change itself is deleted for good.</source>
        <translation>放弃对“%1”的这项被拒修改？记录已显示为枢纽上的版本；该修改将被永久删除。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>The change could not be discarded: %1</source>
        <translation>无法放弃该修改：%1</translation>
    </message>
    <message>
        <source>Every record received from the hub could be stored. A record this computer cannot store is set aside here, and the rest of the sync goes on.</source>
        <translation>从枢纽收到的记录均已保存。本机无法保存的记录会暂放在这里，其余同步照常进行。</translation>
    </message>
    <message>
        <source>These records stay as they were on this computer. The hub is told about each one; once it sends a copy that can be stored, the row goes away by itself.</source>
        <translation>这些记录在本机保持原样。每一条都会报告给枢纽；枢纽发来可保存的版本后，该行会自动消失。</translation>
    </message>
    <message>
        <source>Not Stored (%1)</source>
        <translation>未能保存 (%1)</translation>
    </message>
</context>
<context>
    <name>xs::SyncPage</name>
    <message>
        <source>Sync with the Province Hub</source>
        <translation>与省枢纽同步</translation>
    </message>
</context>
<context>
    <name>xs::SyncService</name>
    <message>
        <source>the session has expired</source>
        <translation>会话已过期</translation>
    </message>
    <message>
        <source>log in to the hub first</source>
        <translation>请先登录省枢纽</translation>
    </message>
    <message>
        <source>a sync is running; try again when it has finished</source>
        <translation>正在同步，请在同步完成后再试</translation>
    </message>
</context>
<context>
    <name>xs::SyncStatusIndicator</name>
    <message>
        <source>Sync: no hub configured</source>
        <translation>同步：尚未配置省枢纽</translation>
    </message>
    <message>
        <source>Working offline. Everything you do is kept on this computer.</source>
        <translation>离线工作中，所有操作都保存在本机。</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>syncing...</source>
        <translation>正在同步……</translation>
    </message>
    <message>
        <source>offline, will retry</source>
        <translation>离线，将重试</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>已是最新</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 · %n unsynced</source>
        <translation>
            <numerusform>同步：%1 · %n 项未同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
</context>
<context>
    <name>xs::SyncStatusPanel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (just now)</source>
        <translation>%1（刚刚）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1（%n 分钟前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1（%n 小时前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline: no hub is set for this database.</source>
        <translation>离线工作：此数据库尚未设置枢纽。</translation>
    </message>
    <message>
        <source>Not logged in to the hub. Log in to sync.</source>
        <translation>尚未登录枢纽，请登录后同步。</translation>
    </message>
    <message>
        <source>Syncing with the hub...</source>
        <translation>正在与枢纽同步……</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <source>The last sync failed: %1 Next attempt at %2.</source>
        <translation>上次同步失败：%1 将于 %2 再次尝试。</translation>
    </message>
    <message numerus="yes">
        <source>Synced, but %n change(s) need your decision.</source>
        <translation>
            <numerusform>已同步，但有 %n 项修改需要您决定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n 项修改等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date with the hub.</source>
        <translation>已与枢纽保持一致。</translation>
    </message>
    <message>
        <source>Ready to sync.</source>
        <translation>可以同步。</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>枢纽：</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>上次成功同步：</translation>
    </message>
    <message>
        <source>Unsynced changes:</source>
        <translation>未同步的修改：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send this computer&apos;s changes and fetch the hub&apos;s (F5)</source>
        <translation>发送本机的修改并获取枢纽的修改（F5）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>自动同步(&amp;A)</translation>
    </message>
    <message>
        <source>Every %1 minutes while logged in; after a failure, again after %2 seconds, then twice as long each time, up to %3 minutes.</source>
        <translation>登录后每 %1 分钟同步一次；失败后 %2 秒再试，之后每次间隔加倍，最长 %3 分钟。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation>%1，用户 %2（%3）</translation>
    </message>
    <message>
        <source>%1 · %2 conflict(s) · %3 rejected</source>
        <translation>%1 项 · %2 个冲突 · %3 项被拒</translation>
    </message>
    <message>
        <source>&amp;Log In...</source>
        <translation>登录(&amp;L)……</translation>
    </message>
    <message>
        <source>&amp;Connect to Hub...</source>
        <translation>连接枢纽(&amp;C)……</translation>
    </message>
    <message>
        <source>not since the app started</source>
        <translation>本次启动后尚未同步</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>正在发送修改：%v / %m</translation>
    </message>
    <message>
        <source>Receiving changes from the hub: %1 so far...</source>
        <translation>正在接收枢纽的修改：已收到 %1 项……</translation>
    </message>
    <message>
        <source>%1: cancelled; what was received is kept.</source>
        <translation>%1：已取消；已收到的内容均已保存。</translation>
    </message>
    <message>
        <source>%1: failed. %2</source>
        <translation>%1：失败。%2</translation>
    </message>
    <message>
        <source>%1: sent %2, received %3, merged %4.</source>
        <translation>%1：发送 %2 项，接收 %3 项，合并 %4 项。</translation>
    </message>
    <message>
        <source>Logged out. %1</source>
        <translation>已退出登录。%1</translation>
    </message>
    <message>
        <source>Indexing received catalog entries for search: %v of %m</source>
        <translation>正在为接收的目录条目建立搜索索引：%v / %m</translation>
    </message>
</context>
<context>
    <name>xs::TableExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>xs::UnlockDialog</name>
    <message>
        <source>Unlock Database</source>
        <translation>解锁数据库</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;解锁 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Recovery passphrase or recovery code:</source>
        <translation>恢复口令或恢复码(&amp;R)：</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>Remember the key in this computer&apos;s keychain</source>
        <translation>在本机钥匙串中记住密钥</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Enter the recovery passphrase.</source>
        <translation>请输入恢复口令。</translation>
    </message>
</context>
<context>
    <name>xs::UnlockError</name>
    <message>
        <source>The recovery passphrase is not correct. Check it and try again.</source>
        <translation>恢复口令不正确：请核对后重试。</translation>
    </message>
    <message>
        <source>The recovery file (%1) is missing, so the passphrase cannot unlock this database. Put the recovery file back next to the database.</source>
        <translation>恢复文件（%1）不见了，因此无法用恢复口令解锁：请把恢复文件放回数据库旁边。</translation>
    </message>
    <message>
        <source>The recovery file (%1) is damaged. Restore it from the copy kept with your backups.</source>
        <translation>恢复文件（%1）已损坏：请用随备份保存的副本恢复。</translation>
    </message>
</context>
<context>
    <name>xs::UpdateFrequencies</name>
    <message>
        <source>a frequency&apos;s name has no spaces around it</source>
        <translation>频率名称前后不能有空格</translation>
    </message>
    <message>
        <source>there is already a frequency &quot;%1&quot;</source>
        <translation>已有名为“%1”的更新频率</translation>
    </message>
    <message>
        <source>overdue after 1 to %1 days, or leave it empty for 不定期</source>
        <translation>超期天数为 1 至 %1 天；不定期请留空</translation>
    </message>
    <message>
        <source>the sort order is 0 or more</source>
        <translation>排序号不能小于 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an update frequency in use: choose one from the list</source>
        <translation>“%1”不是在用的更新频率，请从列表中选择</translation>
    </message>
</context>
<context>
    <name>xs::UserAdministration</name>
    <message>
        <source>%1 is disabled: their sessions ended and they cannot log in.</source>
        <translation>%1 已停用：其会话已注销，无法登录。</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>Every session of %1 is ended.</source>
        <translation>%1 的全部会话已注销。</translation>
    </message>
    <message>
        <source>The session of %1 is ended.</source>
        <translation>%1 的该会话已注销。</translation>
    </message>
    <message>
        <source>The hub cannot be reached (%1); nothing was changed there.</source>
        <translation>无法连接省枢纽（%1）；省枢纽上未做任何更改。</translation>
    </message>
    <message>
        <source>An administrator cannot disable their own account.</source>
        <translation>管理员不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The hub has no such account (any more); refresh the list.</source>
        <translation>省枢纽上没有（或已不再有）该账号；请刷新列表。</translation>
    </message>
    <message>
        <source>This desktop&apos;s session on the hub has ended; log in again in the Sync area.</source>
        <translation>本机在省枢纽的会话已结束；请在“同步”中重新登录。</translation>
    </message>
    <message>
        <source>The hub allows this only to administrators.</source>
        <translation>省枢纽只允许管理员执行此操作。</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>省枢纽拒绝：%1</translation>
    </message>
    <message>
        <source>The hub has not answered the last action yet; try again in a moment.</source>
        <translation>省枢纽尚未答复上一个操作，请稍后再试。</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; cannot be used here; use xiangshu-hub users on the hub machine.</source>
        <translation>账号名“%1”无法在此管理；请在省枢纽服务器上使用 xiangshu-hub users。</translation>
    </message>
</context>
<context>
    <name>xs::WorkingCalendar</name>
    <message>
        <source>The official holiday schedule for %1 is not loaded. Working-day deadlines that run into %1 are counted Monday to Friday and marked provisional until an administrator publishes the schedule.</source>
        <translation>%1 年国务院节假日安排尚未载入。跨入 %1 年的工作日期限按周一至周五计算并标注为“暂定”，待管理员发布该年安排后自动重新计算。</translation>
    </message>
    <message>
        <source>Provisional: the official holiday schedule for %1 is not loaded yet, so its days are counted Monday to Friday. The date is recomputed when the schedule is published.</source>
        <translation>暂定：%1 年节假日安排尚未载入，该年日期按周一至周五计算；安排公布后将重新计算。</translation>
    </message>
</context>
<context>
    <name>xs::XlsxCodec</name>
    <message>
        <source>The workbook part %1 is damaged.</source>
        <translation>工作簿部件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1.</source>
        <translation>工作簿的共享字符串已损坏：%1。</translation>
    </message>
    <message>
        <source>This is not a readable XLSX workbook: the file is damaged or of another kind.</source>
        <translation>这不是可读取的 XLSX 工作簿：文件已损坏或不是此类文件。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>工作表超过 %1 行。</translation>
    </message>
    <message>
        <source>Row %1 refers to a text that the workbook does not hold.</source>
        <translation>第 %1 行引用了工作簿中不存在的文本。</translation>
    </message>
    <message>
        <source>The sheet is damaged: %1.</source>
        <translation>工作表已损坏：%1。</translation>
    </message>
    <message>
        <source>The sheet is empty: it needs a heading row.</source>
        <translation>工作表为空：需要表头行。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Row %1 has a cell longer than Excel allows (32,767 characters).</source>
        <translation>第 %1 行有单元格超过 Excel 允许的长度（32,767 个字符）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The workbook part %1 unpacks to more than %2 MB.</source>
        <translation>工作簿部件 %1 解压后超过 %2 MB。</translation>
    </message>
    <message>
        <source>The workbook part %1 holds a text longer than a workbook can.</source>
        <translation>工作簿部件 %1 含有超出工作簿允许长度的文本。</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 texts.</source>
        <translation>工作簿含有超过 %1 条文本。</translation>
    </message>
    <message>
        <source>The sheet is %1 columns wide; at most %2 can be imported.</source>
        <translation>工作表宽 %1 列；最多可导入 %2 列。</translation>
    </message>
    <message>
        <source>The sheet has %1 rows; at most %2 can be imported.</source>
        <translation>工作表有 %1 行；最多可导入 %2 行。</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2; at most %3 columns can be imported.</source>
        <translation>第 %1 行在第 %2 列有值；最多可导入 %3 列。</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, right of the last heading.</source>
        <translation>第 %1 行在第 %2 列有值，位于最后一个表头的右侧。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells.</source>
        <translation>工作表超过 %1 个单元格。</translation>
    </message>
</context>
</TS>
