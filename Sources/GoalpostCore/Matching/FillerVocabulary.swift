/// Words that carry tone, not identity (持续 / 继续 / 进一步 / 加快 …), dropped before tasks are compared.
///
/// Between years the same task is often rewritten only in these words: `持续推进X` becomes `深化X`.
package enum FillerVocabulary {
    /// Filler words and phrases, longest first so that `持续推进` goes before `推进`.
    package static let words: [String] = [
        "进一步", "持续推进", "继续推进", "深入推进", "加快推进", "全力推进", "积极推进", "扎实推进", "大力推进",
        "全面推进", "有序推进", "稳步推进", "着力", "全力", "持续", "继续", "深入", "加快", "加速", "积极", "扎实",
        "大力", "全面", "全域", "深化", "有序", "稳步", "切实", "努力", "力争", "推进", "推动", "基本", "确保",
        "不断", "认真", "高质量", "高水平", "全年", "以上", "左右", "不少于", "不低于", "累计", "完成", "实现",
        "开展", "做好", "抓好", "要", "的", "和", "等",
    ].sorted { $0.count > $1.count }
}

/// Words that say what is done, not to what (建成 / 开工 / 改造 / 项目 …): a run of them is never a
/// name, so `RareTerms` reads names only between them and the filler words.
package enum DeedVocabulary {
    /// Deed words, longest first.
    package static let words: [String] = [
        "投入使用", "改扩建", "建成", "开放", "投用", "投运", "启动", "开工", "竣工", "完工", "实施", "新建", "改建",
        "扩建", "提升", "改造", "打造", "创成", "创建", "建设", "新增", "培育", "引进", "落实", "加强", "优化", "完善",
        "项目", "工程", "工作", "年内", "开通", "通车", "交付", "验收", "谋划", "争创", "争取",
    ].sorted { $0.count > $1.count }
}
