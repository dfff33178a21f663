/// The qualifier words (限定词) around a figure: 以上, 不少于, 左右, 以内 …
///
/// Data, not code: each table maps a written word to the qualifier it means.
package enum QualifierLexicon {
    /// Words written just before the number (不少于9500亩, 约3万, 控制在3%).
    package static let prefixes: [(word: String, qualifier: Qualifier)] = [
        ("不少于", .atLeast), ("不低于", .atLeast), ("不小于", .atLeast), ("超过", .atLeast), ("突破", .atLeast),
        ("高于", .atLeast), ("超", .atLeast), ("约", .about), ("近", .about), ("大约", .about),
        ("不超过", .atMost), ("不高于", .atMost), ("控制在", .atMost), ("低于", .atMost), ("少于", .atMost),
        ("压缩至", .atMost), ("压缩到", .atMost), ("缩短至", .atMost), ("缩短到", .atMost), ("降至", .atMost),
        ("降低至", .atMost), ("压减至", .atMost),
    ].sorted { $0.0.count > $1.0.count }

    /// Words written between the number and its unit (26余次, 1.3万多人).
    package static let infixes: [(word: String, qualifier: Qualifier)] = [("余", .atLeast), ("多", .atLeast)]

    /// Words written after the unit (9500亩以上, 3%左右, 500万+).
    package static let suffixes: [(word: String, qualifier: Qualifier)] = [
        ("以上", .atLeast), ("及以上", .atLeast), ("多", .atLeast), ("余", .atLeast), ("+", .atLeast), ("＋", .atLeast),
        ("左右", .about), ("上下", .about), ("以内", .atMost), ("以下", .atMost), ("之内", .atMost),
    ].sorted { $0.0.count > $1.0.count }

    /// Suffixes that can open a size class (10亿元以上产业项目) when a noun follows them.
    package static let classSuffixes: Set<String> = ["以上", "及以上", "以下"]

    /// Characters that, before a prefix word, make it part of another word (签约, 节约, 接近, 赶超).
    package static let prefixWordsEndingOtherWords: [String: String] = ["约": "签节合制公预特履契", "近": "接邻附靠", "超": "赶高"]

    /// The characters that must not precede the prefix `word`.
    package static func notAfter(_ word: String) -> String { prefixWordsEndingOtherWords[word] ?? "" }

    /// Words after 以上/以下 that show a threshold describing a class, not a count (1.4万元以下现象).
    package static let classNouns = ["现象", "的", "企业", "项目", "规模"]

    /// Range separators (5%—6%, 两到三个, 1-2个).
    package static let rangeSeparators: Set<Character> = ["-", "—", "–", "~", "～", "至", "到", "－"]
}
