/// Words that decide a figure's kind (增长 / 达到 / 减少) and direction of good (涨幅 is a ceiling).
///
/// Data, not code: the extractor looks these words up in the text before the figure.
package enum DirectionLexicon {
    /// Verbs that make a percentage a growth rate (增长6%).
    package static let growthVerbs = ["增长", "增速", "增幅", "涨幅", "上涨", "提高", "下降", "降低", "降幅", "回落", "减少", "同比"]

    /// Verbs that make an absolute figure a change (增加3万吨, 减少2千吨).
    package static let changeVerbs = ["增加", "减少", "压减", "削减", "下降", "降低", "提高", "扩大", "缩小"]

    /// Verbs that mean a decrease: the stored value is negated so that "lower is better" compares plainly.
    package static let decreaseVerbs = ["下降", "降低", "减少", "压减", "削减", "回落", "缩小", "降幅"]

    /// Subjects whose figure is a ceiling: lower is better (CPI 涨幅, 失业率, 能耗, PM2.5 浓度 …).
    package static let ceilingSubjects = [
        "涨幅", "CPI", "居民消费价格", "失业率", "能耗", "浓度", "排放", "发生率", "死亡", "事故", "负债率",
        "赤字", "空置率", "不良率", "投诉", "火灾", "案件", "误差", "污染", "超标", "煤耗", "水耗",
    ]

    /// Verbs that make a figure a level (达到76%), even after a growth verb further back.
    package static let levelVerbs = ["达到", "达", "为"]

    /// How far back (characters) the extractor looks for these words.
    package static let window = 14
}
