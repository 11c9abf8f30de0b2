import Testing

@testable import ActorGraphExtraction

@Suite struct DateResolverTests {
    /// Published on a Thursday.
    let published = SimpleDate(iso: "2023-06-15")!

    func dates(_ text: String) -> [ResolvedDate] {
        let scalars = Array(text.unicodeScalars)
        // With word ids, as the extractor's sentences have them: the resolver compares ids.
        var tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        var vocabulary = Vocabulary()
        let futureCues = vocabulary.set(Fixture.rules.list("future-date"))
        vocabulary.assign(&tokens)
        return DateResolver.dates(in: tokens, published: published, futureCues: futureCues).map(\.date)
    }

    func day(_ iso: String) -> ResolvedDate { .day(SimpleDate(iso: iso)!) }

    /// The days `text` counts from the story's day `anchor`.
    func told(_ text: String, anchor: String = "2023-06-05") -> [ResolvedDate] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        return DateResolver.narrativeDates(in: tokens, anchor: SimpleDate(iso: anchor), dated: []).map(\.date)
    }

    /// "the day before yesterday" and "the day after tomorrow" are two days off, not one.
    @Test func twoDaysOffByTheirPhrase() {
        #expect(dates("They met the day before yesterday.") == [day("2023-06-13")])
        #expect(dates("They will meet the day after tomorrow.") == [day("2023-06-17")])
        #expect(dates("They met yesterday and will meet again tomorrow.") == [day("2023-06-14"), day("2023-06-16")])
    }

    /// Published in mid-June: a calendar date a month or more ahead, in a sentence that tells the
    /// past, happened last year ("On 14 August Michel hosted …" in a retrospective); one in a
    /// sentence that looks ahead stays in this year.
    @Test func aPastDateAheadOfPublicationIsLastYears() {
        #expect(dates("On 14 August the Council president hosted both leaders in Brussels.") == [day("2022-08-14")])
        #expect(dates("The foreign ministers spent four days from 1 August in Arlington.") == [day("2022-08-01")])
        #expect(dates("The two leaders will meet on 14 August in Brussels.") == [day("2023-08-14")])
        #expect(dates("The parties are asked to respond by 10 August.") == [day("2023-08-10")])
        #expect(dates("A new assembly is to meet on 24 August, officials confirmed.") == [day("2023-08-24")])
        #expect(dates("The summit, expected on 20 August, was announced yesterday.") == [day("2023-08-20"), day("2023-06-14")])
        // A few days ahead is the report's own slip, not a year back.
        #expect(dates("The envoys arrived in Doha on 19 June.") == [day("2023-06-19")])
    }

    /// "on Tuesday 24 and Wednesday 25 June": a meeting's two days, each with its weekday, dated
    /// by the first.
    @Test func twoDaysEachWithItsWeekday() {
        #expect(dates("The leaders met in The Hague on Tuesday 13 and Wednesday 14 June.") == [day("2023-06-13"), day("2023-06-13")])
    }

    /// A newsletter's "Today: what happened at …" lists its contents; it dates nothing ("Today the
    /// talks resume" does).
    @Test func aNewslettersTodayLabelIsNoDay() {
        #expect(dates("Today: what happened at the peace conference, how Madrid reacted.") == [])
        #expect(dates("Today the talks resume in Geneva.") == [day("2023-06-15")])
    }

    /// "on 13th January", "Tuesday, 1st March", "the 2nd of June", "June 3rd": ordinal days
    /// as British and older texts write them.
    @Test func ordinalDaysAreDays() {
        #expect(dates("The talks opened on 13th January.") == [day("2023-01-13")])
        #expect(dates("They meet on Tuesday, 20th June.") == [day("2023-06-20")])
        #expect(dates("They met on the 2nd of June.") == [day("2023-06-02")])
        #expect(dates("They met on June 3rd.") == [day("2023-06-03")])
        #expect(dates("The 13th Division attacked in June.").allSatisfy { if case .day = $0 { false } else { true } })
    }

    /// "the fifteenth of September", "the twenty-second of May", "Monday, the first of May": days
    /// spelled out, as radio scripts and older texts write them.
    @Test func spelledOrdinalDaysAreDays() {
        #expect(dates("They met on the fifteenth of May.") == [day("2023-05-15")])
        #expect(dates("They met on the twenty-second of May.") == [day("2023-05-22")])
        #expect(dates("They met on Monday, the first of May.") == [day("2023-05-01")])
        #expect(dates("They met for the first time in May.").allSatisfy { if case .day = $0 { false } else { true } })
    }

    /// "and on the fifth they announced …": a day of the month alone is the report's month's (the
    /// month before for a day still to come); "on the fifth day", "on the first ballot" are none.
    @Test func aDayOfTheMonthAlone() {
        #expect(dates("They met in Mombasa, and on the fifth they announced a platform.") == [day("2023-06-05")])
        #expect(dates("On the twentieth, the envoys left.") == [day("2023-05-20")])
        #expect(dates("They agreed on the fifth day of talks.").isEmpty)
        #expect(dates("He was elected on the first ballot.").isEmpty)
    }

    /// "Two days later", "the next morning", "that afternoon": counted from the last day the
    /// story gave; "the day before the vote" counts from something else.
    @Test func aStorysDaysCountFromItsLastDay() {
        #expect(told("Two days later, in Lome, they met again.") == [day("2023-06-07")])
        #expect(told("A week later the envoys returned.") == [day("2023-06-12")])
        #expect(told("Three days earlier he had flown in.") == [day("2023-06-02")])
        #expect(told("The next morning the talks resumed.") == [day("2023-06-06")])
        #expect(told("They met again the following day.") == [day("2023-06-06")])
        #expect(told("That afternoon the two men had lunch.") == [day("2023-06-05")])
        #expect(told("He had arrived the day before.") == [day("2023-06-04")])
        #expect(told("He arrived the day before the vote.").isEmpty)
        #expect(told("They met on many days.").isEmpty)
        #expect(told("Two days later they met.", anchor: "").isEmpty)
    }

    @Test func weekdaysArePastUnlessTheClauseIsFuture() {
        #expect(dates("The ministers met on Tuesday") == [day("2023-06-13")])
        #expect(dates("Talks that will start Friday") == [day("2023-06-16")])
        #expect(dates("They reconvene next Thursday") == [day("2023-06-22")])
        #expect(dates("He spoke Thursday") == [day("2023-06-15")])
        #expect(dates("He spoke last Thursday") == [day("2023-06-08")])
    }

    @Test func relativeDaysAndWeeks() {
        #expect(dates("yesterday") == [day("2023-06-14")])
        #expect(dates("signed the treaty last night") == [day("2023-06-14")])
        #expect(dates("will sign it tonight") == [day("2023-06-15")])
        #expect(dates("a meeting last week") == [.span(SimpleDate(iso: "2023-06-05")!, SimpleDate(iso: "2023-06-11")!)])
        #expect(dates("flew this past weekend") == [.span(SimpleDate(iso: "2023-06-10")!, SimpleDate(iso: "2023-06-11")!)])
    }

    /// "Monday, 19 June 2023": the calendar date says which Monday, even a future one that the
    /// weekday alone would put in the past.
    @Test func aWeekdayBeforeACalendarDateIsThatDate() {
        #expect(dates("a new round beginning on Monday, 19 June 2023") == [day("2023-06-19")])
        #expect(dates("hosted on Tuesday, June 13, a meeting") == [day("2023-06-13")])
    }

    /// "In October 1998 … on Thursday 15 October": the year the sentence gives, not the
    /// publication's; a sentence naming two years leaves the date as it was.
    @Test func aCalendarDateTakesTheYearItsSentenceGives() {
        #expect(dates("In October 1998 talks opened on Thursday 15 October") == [
            .span(SimpleDate(iso: "1998-10-01")!, SimpleDate(iso: "1998-10-31")!), day("1998-10-15"),
        ])
        #expect(dates("in 1998 and in 2000, with talks on 15 October").last == day("2023-10-15"))
    }

    @Test func aWeekdayOfTheWeekNamed() {
        #expect(dates("On Monday last week, the envoys met") == [day("2023-06-05")])
        #expect(dates("talks on Friday next week") == [day("2023-06-23")])
        #expect(dates("He saw the emir on Monday of last week") == [day("2023-06-05")])
        #expect(dates("A week ago the envoys met") == [day("2023-06-08")])
        #expect(dates("they met three days ago") == [day("2023-06-12")])
    }

    /// "next month", "last June": a month as a span, in the direction said.
    @Test func monthsNamedRelatively() {
        #expect(dates("new talks next month") == [.span(SimpleDate(iso: "2023-07-01")!, SimpleDate(iso: "2023-07-31")!)])
        #expect(dates("they met last June") == [.span(SimpleDate(iso: "2022-06-01")!, SimpleDate(iso: "2022-06-30")!)])
        #expect(dates("a summit next March") == [.span(SimpleDate(iso: "2024-03-01")!, SimpleDate(iso: "2024-03-31")!)])
    }

    /// "November 21 last year": the year named relative to publication.
    @Test func aDateWithARelativeYear() {
        #expect(dates("talks resumed on November 21 last year") == [day("2022-11-21")])
        #expect(dates("a summit on 3 March next year") == [day("2024-03-03")])
        #expect(dates("On March 31 of last year the Emperor landed") == [day("2022-03-31")])
    }

    /// "On Saturday last": the last such weekday before the report (a week back on its own day).
    @Test func aWeekdayFollowedByLast() {
        #expect(dates("On Saturday last, in the town hall, the delegates signed") == [day("2023-06-10")])
        #expect(dates("on Thursday last the envoys met") == [day("2023-06-08")])
        #expect(dates("On Saturday last week, the envoys met") == [day("2023-06-10")])
        #expect(dates("The conference, which opened on November 20 last, has ended") == [day("2022-11-20")])
        #expect(dates("talks began on 2 June last, in Rome") == [day("2023-06-02")])
    }

    @Test func absoluteDates() {
        #expect(dates("as early as 30 October") == [day("2023-10-30")])
        #expect(dates("on 20 December") == [day("2022-12-20")])  // more than six months ahead: last year
        #expect(dates("on June 2") == [day("2023-06-02")])
        #expect(dates("on Sept. 30") == [day("2023-09-30")])
        #expect(dates("on Oct. 23, 2015") == [day("2015-10-23")])
        #expect(dates("on 30 October 2015") == [day("2015-10-30")])
        #expect(dates("on 30 May") == [day("2023-05-30")])
    }

    /// A month after "in" dates a meeting only to the month: a span, which stays undated unless
    /// the corpus dates one meeting at the same place within it.
    @Test func aMonthAloneIsASpan() {
        #expect(dates("held in February in Geneva") == [.span(SimpleDate(iso: "2023-02-01")!, SimpleDate(iso: "2023-02-28")!)])
        #expect(dates("talks in December 2021") == [.span(SimpleDate(iso: "2021-12-01")!, SimpleDate(iso: "2021-12-31")!)])
        // "May" the modal, or a month with no preposition, is no date.
        #expect(dates("Russia may attend; February was cold").isEmpty)
    }

    @Test func aWeekdayInAFutureClauseIsTheComingOne() {
        #expect(dates("will join the talks in Cairo on Wednesday") == [day("2023-06-21")])
    }

    @Test func calendarArithmetic() {
        let d = SimpleDate(iso: "2024-02-28")!
        #expect(d.adding(days: 1).description == "2024-02-29")
        #expect(d.adding(days: 2).description == "2024-03-01")
        #expect(SimpleDate(iso: "2015-10-23")!.weekday == 4)  // a Friday
        #expect(SimpleDate(iso: "2023-02-30") == nil)
    }

    /// "two days in January 1967 … On 4 January …": a date without its year, soon after one the
    /// text gave in a past year, is in that year; one long after it, or after a date of the
    /// publication's year, is in the publication's.
    @Test func aDateWithoutItsYearSoonAfterAPastOneIsInThatYear() {
        let published = SimpleDate(iso: "2011-11-28")!
        func moved(_ text: String, after anchor: String) -> [ResolvedDate] {
            let scalars = Array(text.unicodeScalars)
            var tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
            var vocabulary = Vocabulary()
            let futureCues = vocabulary.set(Fixture.rules.list("future-date"))
            vocabulary.assign(&tokens)
            let found = DateResolver.dates(in: tokens, published: published, futureCues: futureCues)
            return DateResolver.storyYear(found, in: tokens, after: SimpleDate(iso: anchor)!, published: published).map(\.date)
        }
        #expect(moved("On 4 January they met at Aburi.", after: "1967-01-01") == [day("1967-01-04")])
        #expect(moved("In July federal troops crossed the line.", after: "1967-05-30") == [.span(SimpleDate(iso: "1967-07-01")!, SimpleDate(iso: "1967-07-31")!)])
        #expect(moved("On 2 January the talks resumed.", after: "1966-12-20") == [day("1967-01-02")])
        // Too long after the story's day, before it, or a year of its own: left as read.
        #expect(moved("On 28 October the talks resumed.", after: "1967-05-30") == [day("2011-10-28")])
        #expect(moved("On 4 January they met.", after: "1967-03-01") == [day("2011-01-04")])
        #expect(moved("On 4 January 1968 they met.", after: "1967-12-20") == [day("1968-01-04")])
        #expect(moved("On Sunday he spoke.", after: "1967-01-01") == [day("2011-11-27")])
        #expect(moved("On 4 January they met.", after: "2011-01-01") == [day("2011-01-04")])
    }

    /// "at eleven this morning": the day of the report.
    @Test func thisMorningIsTheReportsDay() {
        #expect(dates("The agreement was signed at eleven this morning.") == [day("2023-06-15")])
        #expect(dates("They will meet again this evening.") == [day("2023-06-15")])
        #expect(dates("The morning session was long.") == [])
    }
}
