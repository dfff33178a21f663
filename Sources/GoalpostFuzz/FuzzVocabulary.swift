/// Data the mutators insert: words the parser looks for, extreme figures, markup fragments.
package enum FuzzVocabulary {
    /// Header words, ordinals, period and region words, units and status words the reader and parser react to.
    static let tokens: [String] = [
        "序号", "工作目标", "类别", "工作任务", "年度目标任务", "完成情况", "进展情况", "责任单位", "备注",
        "一、", "二十、", "（一）", "(1)", "1.", "１", "第一", "附件", "附件1",
        "2023年政府工作报告重点工作完成情况表", "2024年上半年", "半年度", "一季度", "前三季度", "1-9月", "1—13月", "1-0月", "1至99999999999999999999月",
        "临安区", "余杭区", "桐庐县", "建德市", "区", "县", "市", "/", "..", ".hidden",
        "万", "亿", "%", "百分点", "亩", "万吨标煤", "以上", "左右", "不低于", "下降", "增长", "减少",
        "已完成", "超额完成", "完成", "未完成", "推进中", "持续推进", "正在", "滞后",
        "\t", "|", ",", "\"", "\"\"", "  ", "    ", "\r", "\r\n", "\u{FEFF}", "\u{0}", "\u{200B}", "\u{3000}",
        "e\u{301}", "👍🏽", "\u{10FFFF}", "---|---|---", "| --- |", "**", "#",
    ]

    /// Figures at the edges: huge, tiny, negative, many digits, Chinese numerals, scientific notation.
    static let figures: [String] = [
        "0", "-0", "00000000000000000000001", "99999999999999999999999999999999", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "1e308", "1E-400", "0.000000000000000000000000001",
        "1.7976931348623157e308", "123456789012345678901234567890.5", "九千九百九十九万亿亿", "十万八千",
        "１２３４５", "3.5万亿亿亿", "100%", "9999999999999999999%", "-100%", "1,000,000,000,000,000",
        "∞", "NaN", "〇", "两", "零点零零一", "1..2", "5-3", "3～9999999999999999999",
    ]

    /// Markup fragments for web pages: nesting, spans, entities, unclosed constructs.
    static let markup: [String] = [
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<tbody>", "<thead>",
        "<td colspan=\"0\">", "<td colspan=\"-1\">", "<td colspan=\"99999999999\">", "<td rowspan=\"2147483648\">",
        "<td rowspan=\"-9223372036854775808\">", "<td colspan=\"1000\" rowspan=\"1000\">", "<td rowspan=0>",
        "&#0;", "&#xD800;", "&#x110000;", "&#99999999999999999999;", "&#xFFFFFFFFFFFFFFFF;", "&amp", "&;", "&nbsp;",
        "&#;", "&#x;", "<!--", "-->", "<![CDATA[", "<script>", "</script>", "<style>", "<br>", "<br/>", "<p>", "</p>",
        "<meta charset=\"gb18030\">", "<meta charset=\"\u{0}\">", "<", ">", "</", "<td", "=\"", "<a href='x", "<!DOCTYPE",
    ]
}
