import ActorGraphModel
import ActorGraphStyle
import Testing

@Suite("Style")
struct StyleTests {
    @Test func everyKindAndRelationLooksDifferent() {
        #expect(Set(ActorKind.allCases.map(\.style.shape)).count == ActorKind.allCases.count)
        #expect(Set(RelationKind.allCases.map(\.style.color)).count == RelationKind.allCases.count)
    }

    /// Colour-blind readers tell relations apart by dash: every pattern is different.
    @Test func everyRelationHasItsOwnDash() {
        #expect(Set(RelationKind.allCases.map { $0.style.dashArray ?? "solid" }).count == RelationKind.allCases.count)
    }

    /// Every colour is one of the Okabe–Ito palette's, or the neutral grey of attendance.
    @Test func coloursAreOkabeIto() {
        let palette: Set = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#8C8C8C"]
        for relation in RelationKind.allCases { #expect(palette.contains(relation.style.color)) }
    }

    @Test func stancesAreTheFourSignedOrMembershipTies() {
        #expect(RelationKind.allCases.filter(\.isStance) == [.backs, .opposes, .coordinatesWith, .memberOf])
    }

    @Test func onlySymmetricRelationsHaveNoArrowhead() {
        for relation in RelationKind.allCases {
            #expect((relation.style.arrowhead == .none) == relation.isSymmetric)
        }
    }

    @Test func penWidthGrowsWithSupportAndIsCapped() {
        #expect(RelationStyle.penWidth(support: 0) == 1)
        #expect(RelationStyle.penWidth(support: 1) == 1)
        #expect(RelationStyle.penWidth(support: 2) > RelationStyle.penWidth(support: 1))
        #expect(RelationStyle.penWidth(support: 4) > RelationStyle.penWidth(support: 2))
        #expect(RelationStyle.penWidth(support: 10_000) == 6)
    }
}
