import Foundation
import Testing
@testable import GoalpostCore

/// Exact reading of Arabic, full-width, multiplied, Chinese and fuzzy numbers.
struct QuantityNumberReaderTests {
    /// Written number, expected low and (for fuzzy numbers) high value as decimal strings.
    static let numbers: [(String, String, String?)] = [
        ("0", "0", nil), ("7", "7", nil), ("123", "123", nil), ("1,234", "1234", nil), ("12,345,678", "12345678", nil),
        ("3.5", "3.5", nil), ("0.68", "0.68", nil), ("１２３", "123", nil), ("３．５", "3.5", nil), ("3.5万", "35000", nil),
        ("1.18万", "11800", nil), ("2.19亿", "219000000", nil), ("16.4亿", "1640000000", nil), ("3万亿", "3000000000000", nil),
        ("0.68万", "6800", nil), ("4.939亿", "493900000", nil), ("5千万", "50000000", nil), ("3百万", "3000000", nil),
        ("3千", "3000", nil), ("0.1亿", "10000000", nil), ("１．５万", "15000", nil), ("1,200万", "12000000", nil),
        ("一", "1", nil), ("两", "2", nil), ("十", "10", nil), ("十一", "11", nil), ("二十", "20", nil),
        ("一百二十三", "123", nil), ("一百二十", "120", nil), ("一百零五", "105", nil), ("一千零五", "1005", nil),
        ("二十万", "200000", nil), ("三万五千", "35000", nil), ("一亿二千万", "120000000", nil), ("两千", "2000", nil),
        ("一万零一", "10001", nil), ("九十九", "99", nil), ("十万", "100000", nil), ("三万亿", "3000000000000", nil),
        ("百分之五十", "50", nil), ("百分之百", "100", nil), ("百分之5", "5", nil), ("百分之十二", "12", nil),
        ("十几", "11", "19"), ("几十", "20", "90"), ("数十", "20", "90"), ("两三", "2", "3"), ("三四", "3", "4"),
        ("十几万", "110000", "190000"), ("二三十", "20", "30"), ("三五", "3", "5"), ("七八", "7", "8"),
        ("几百", "200", "900"), ("数百", "200", "900"), ("两三万", "20000", "30000"), ("十二三", "12", "13"),
    ]

    @Test(arguments: numbers)
    func readsNumbersExactly(written: String, low: String, high: String?) throws {
        let read = try #require(NumberReader.value(of: written), "'\(written)' not read")
        #expect(read.low == Decimal(string: low))
        #expect(read.high == high.flatMap { Decimal(string: $0) })
    }

    @Test(arguments: ["万", "千万", "几", "百", "亿", "数", "万亩", "abc", ""])
    func bareMultipliersAndWordsAreNotNumbers(written: String) {
        #expect(NumberReader.value(of: written) == nil)
    }

    @Test func sixteenPointFourHundredMillionIsExact() throws {
        let read = try #require(NumberReader.value(of: "16.4亿"))
        #expect(read.low == Decimal(1_640_000_000))
        #expect(NSDecimalNumber(decimal: read.low).stringValue == "1640000000")
    }

    @Test func twoThreeIsARangeNeverTwentyThree() throws {
        let read = try #require(NumberReader.value(of: "两三"))
        #expect(read.low == 2 && read.high == 3)
    }

    @Test(arguments: [
        String(repeating: "9", count: 200) + "亿", "0." + String(repeating: "0", count: 300) + "1",
        "3" + String(repeating: "亿", count: 500), String(repeating: "九亿", count: 40),
    ])
    func digitsNoTableMeansAreNotFigures(number: String) {
        #expect(NumberReader.value(of: number) == nil)
        let quantities = QuantityExtractor().targets(in: "新增建设用地\(number)亩，完成投资3万元。")
        #expect(quantities.map(\.text) == ["3万元"])
        #expect(quantities.allSatisfy { !$0.value.isNaN })
    }

    @Test func aLongRunOfNumeralsIsReadInBoundedSteps() {
        let run = String(repeating: "一二三四五六七八九十", count: 500)
        let located = QuantityExtractor().locate(in: "完成\(run)个。")
        #expect(located.allSatisfy { !$0.quantity.value.isNaN })
    }

    @Test func aTextYieldsAtMostTheFigureLimit() {
        let text = String(repeating: "新建道路3公里，", count: QuantityExtractor.maxFigures * 3)
        #expect(QuantityExtractor().locate(in: text).count == QuantityExtractor.maxFigures)
    }
}
