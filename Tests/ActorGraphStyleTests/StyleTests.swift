import ActorGraphModel
import ActorGraphStyle
import Testing

@Suite("Style")
struct StyleTests {
    @Test func everyKindAndRelationLooksDifferent() {
        #expect(Set(ActorKind.allCases.map(\.style.shape)).count == ActorKind.allCases.count)
        #expect(Set(RelationKind.allCases.map(\.style.color)).count == RelationKind.allCases.count)
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
