namespace Pledge.Benchmarks.Generation;

/// <summary>
/// Word pools for generated contracts. Texts are modelled on the examples/ contracts (long bilingual prose,
/// Chinese and English side by side) so the lexer sees realistic string lengths and scripts.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Services a clause can guarantee: an identifier stem and the service's name.</summary>
    public static readonly (string Stem, Bilingual Name)[] Services =
    [
        ("connectivity", new("网络联通性", "network connectivity")),
        ("power", new("电力持续供应", "continuous power supply")),
        ("mail", new("电子邮件服务", "e-mail service")),
        ("database", new("数据库服务", "database service")),
        ("storage", new("存储服务", "storage service")),
        ("backup", new("数据备份服务", "data backup service")),
        ("dns", new("域名解析服务", "DNS resolution service")),
        ("balancer", new("负载均衡服务", "load balancing service")),
        ("hosting", new("虚拟主机服务", "virtual hosting service")),
        ("leased_line", new("专线接入服务", "leased line access")),
        ("cooling", new("机房制冷", "machine-room cooling")),
        ("monitoring", new("监控服务", "monitoring service")),
    ];

    /// <summary>Causes declared at the top of every generated file (identifier, description).</summary>
    public static readonly (string Name, Bilingual Text)[] Causes =
    [
        ("customer_equipment", new("客户的电路或设备", "the customer's circuits or equipment")),
        ("customer_application", new("客户的应用程序或安装活动", "the customer's applications or installation work")),
        ("customer_negligence", new("客户的疏忽，或由客户授权进行的操作", "the customer's negligence, or operations the customer authorised")),
        ("approved_maintenance", new("经客户同意的系统维护", "maintenance the customer approved")),
        ("scheduled_maintenance", new("计划维护", "scheduled maintenance")),
        ("utility_outage", new("数据中心所在地的外部供电中断", "the public power supply to the data centre is cut off")),
        ("third_party_network", new("第三方运营商网络故障", "failures of third-party carrier networks")),
        ("force_majeure", new("不可抗力", "force majeure")),
    ];

    /// <summary>Causes a clause may exclude (never the planned-maintenance cause, which `exclude planned` uses).</summary>
    public static readonly string[] ExcludableCauses =
        ["customer_equipment", "customer_application", "customer_negligence", "approved_maintenance", "utility_outage", "third_party_network"];

    /// <summary>Severities, most severe first: the order the monotonicity checks rely on.</summary>
    public static readonly (string Name, Bilingual Title, Bilingual Description)[] Severities =
    [
        ("critical", new("重大故障", "Critical fault"), new("系统崩溃或不能正常运行", "the system is down or unusable")),
        ("major", new("严重故障", "Major fault"), new("影响多数用户使用", "most users are affected")),
        ("minor", new("一般故障", "Minor fault"), new("有故障但不影响系统的正常运作", "a fault that does not stop normal operation")),
        ("cosmetic", new("轻微故障", "Cosmetic fault"), new("对系统使用影响轻微", "only a slight effect on use of the system")),
    ];

    public static readonly Bilingual[] Terms =
    [
        new("网络联通", "Connected"),
        new("服务中断", "Service interruption"),
        new("计划维护窗口", "Planned maintenance window"),
        new("故障申告", "Fault report"),
        new("恢复通知", "Restoration notice"),
        new("服务月", "Service month"),
    ];

    public static readonly Bilingual[] Definitions =
    [
        new("服务商分配给客户的端口可以与骨干网相联通", "the port the provider assigns to the customer can reach the backbone network"),
        new("客户无法通过约定的接入方式使用该服务", "the customer cannot use the service through the agreed means of access"),
        new("服务商提前通知并经客户确认的维护时段", "a maintenance period the provider announced in advance and the customer confirmed"),
        new("客户通过热线、电子邮件或工单系统报告故障", "the customer reports a fault by hotline, e-mail or the ticket system"),
        new("服务商通知客户服务已恢复正常", "the provider tells the customer that the service works normally again"),
        new("自每月第一日零时起至该月最后一日二十四时止", "from 00:00 on the first day of a month to 24:00 on its last day"),
    ];

    /// <summary>Contract prose of realistic length (the examples' `text` items run to a few hundred characters).</summary>
    public static readonly Bilingual[] Prose =
    [
        new("服务商在服务期内安排专职项目经理，负责服务项目的管理，包括维护方案的制定、阶段性总结和服务报告的提交。",
            "The provider assigns a dedicated project manager for the service period, responsible for the maintenance plan, periodic reviews and service reports."),
        new("服务商可根据客户要求，为客户计算每月的服务中断时间，并以书面形式提交计算依据。",
            "At the customer's request, the provider calculates the month's interruption time and submits the basis of the calculation in writing."),
        new("客户须为服务商现场工程师提供必要的替换板件等资源；在紧急故障处理过程中所更换的故障件的维修不属于本项服务范围。",
            "The customer provides the on-site engineer with the replacement boards and other resources needed; repairing parts replaced during emergency handling is not part of this service."),
        new("每次服务结束后，服务商通过传真或电子邮件向客户发送服务满意度调查表，分析客户的评价，制定并跟踪改进措施。",
            "After each service, the provider sends a satisfaction survey by fax or e-mail, analyses the answers, and sets and follows up improvement measures."),
        new("服务商工程师在得到客户的授权后，方可对客户的系统进行授权范围内的操作，并在操作结束后提供书面报告。",
            "The provider's engineers operate on the customer's systems only with the customer's authorisation, and give a written report afterwards."),
        new("遇到特殊情况，按照双方约定的响应时间执行。",
            "In special circumstances, the response time the parties agree applies."),
        new("服务商设立投诉专线受理客户投诉，并另设客户投诉经理受理客户对服务的投诉。",
            "The provider runs a dedicated complaint line and appoints a complaint manager to receive complaints about its services."),
    ];

    public static readonly Bilingual[] WarrantyItems =
    [
        new("设备硬件故障", "hardware faults of the equipment"),
        new("软件缺陷", "software defects"),
        new("施工质量问题", "defects of workmanship"),
        new("墙面起皮、脱落", "peeling or flaking walls"),
        new("管线渗漏", "leaking pipes"),
    ];

    /// <summary>Short comments of the kind authors leave above and beside items.</summary>
    public static readonly string[] Comments =
    [
        "// Source: schedule 2 of the framework agreement; figures as the source states them.",
        "// The clock starts at the customer's report: log the call as `reported`.",
        "// Reviewed with the provider's legal team; wording kept as signed.",
        "// The source gives no hours: 09:00-18:00 is assumed, as in the office calendar.",
        "/* Kept although no incident has used it yet: the customer asked for it explicitly. */",
    ];
}
