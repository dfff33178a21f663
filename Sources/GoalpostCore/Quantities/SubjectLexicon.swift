/// Words trimmed from a figure's subject (全年, 共计, 完成 … 达到) and the marks that bound it.
///
/// Data, not code: the extractor trims these words from both ends of the text before a figure.
package enum SubjectLexicon {
    /// Punctuation that ends a clause: a subject never reaches back across it.
    package static let clauseBreaks: Set<Character> = ["，", "。", "；", "：", ";", ":", "！", "？", "\n", ",", "、"]
    /// Punctuation that ends a sentence: 其中 and the kind words do not reach across it.
    package static let sentenceBreaks: Set<Character> = ["。", "；", ";", "\n"]
    /// Marks removed from a subject.
    package static let dropped: Set<Character> = [
        "“", "”", "\"", "'", "‘", "’", "《", "》", "（", "）", "(", ")", " ", "\t", "、", "，", "：", "…", "等",
    ]
    /// Words trimmed from the start of a subject.
    package static let leadingFillers = [
        "其中", "全年", "今年", "年内", "共计", "共", "累计", "完成", "实现", "确保", "力争", "努力", "全力", "要",
        "已", "并", "和", "及", "其", "成功", "新增", "新建", "建成", "达到", "总计", "合计",
    ]
    /// Words trimmed from the end of a subject.
    package static let trailingFillers = [
        "达到", "达", "为", "是", "共计", "共", "累计", "总计", "合计", "完成", "实现", "增长", "下降", "提高",
        "降低", "增加", "减少", "同比", "至", "到", "已", "约", "近", "超", "超过", "突破", "不少于", "不低于",
        "不超过", "控制在", "率达", "保持", "在", "分别", "的", "稳定", "同比",
    ]
    /// Quote pairs whose content is a name, never a quantity (“1+3”平台, 《…2023-2025》).
    package static let nameOpeners: Set<Character> = ["“", "《", "〔", "「", "‘"]
    /// Closing marks matching `nameOpeners`.
    package static let nameClosers: Set<Character> = ["”", "》", "〕", "」", "’"]
    /// Characters just before a number that make it an ordinal or part of a name (第二, 统一, G329).
    package static let blockersBefore: Set<Character> = ["第", "统", "唯", "同", "逐", "单", "合", "之", "初", "星", "周", "+", "＋", "-", "—", "#", "号", "万"]
    /// Joining words between two figures of one subject (分别增长5.5%和7%).
    package static let conjunctions: Set<Character> = ["和", "及", "与", "、", "或"]

    /// The word that makes the following figures of a sentence parts of a total (其中).
    package static let partMarker = "其中"
    /// The word ending a list before a count: the counted noun follows the figure (等3个未来社区).
    package static let listEnd = "等"

    /// Longest subject kept, in characters (the end nearest the figure is kept).
    package static let maxLength = 16
}
