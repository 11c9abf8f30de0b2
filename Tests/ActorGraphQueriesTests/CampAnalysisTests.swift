import ActorGraphModel
import Testing
@testable import ActorGraphQueries

@Suite("Camps by structural balance")
struct CampAnalysisTests {
    @Test func seedSituationSplitsTheTwoSidesAndFlagsCrossCampCoordination() throws {
        let graph = try Fixtures.seed()
        let analysis = CampAnalysis(graph)
        #expect(analysis.camps.count == 2)
        let sets = Set(analysis.camps.map { Set($0.members) })
        #expect(sets == [
            ["united-states", "saudi-arabia", "turkey", "jordan", "syrian-opposition", "john-kerry"],
            ["russia", "iran", "syria", "bashar-al-assad", "sergei-lavrov"],
        ])
        #expect(analysis.frustratedTies.map { [$0.ends.0, $0.ends.1] } == [["jordan", "russia"], ["russia", "united-states"]])
        #expect(analysis.frustratedTies.allSatisfy { $0.relations.map(\.kind) == [.coordinatesWith] })
        #expect(analysis.frustration == 4)
        #expect(analysis.components.map(\.isExact) == [true])
        #expect(analysis.components[0].optimalPartitions == 1)
        // Events take no side; nobody is left out.
        #expect(analysis.unaligned.isEmpty)
        #expect(!analysis.camps.flatMap(\.members).contains(Fixtures.vienna30.id))
        #expect(analysis.clusters.map(\.label) == analysis.camps.map(\.label))
    }

    @Test func balancedGraphHasNoFrustrationAndTheKnownPartition() throws {
        let graph = try Fixtures.graph(
            ["A", "B", "C", "D", "E"],
            [("A", .backs, "B", 1), ("C", .coordinatesWith, "D", 1), ("A", .opposes, "C", 1),
             ("D", .opposes, "B", 2), ("E", .backs, "D", 1)])
        let analysis = CampAnalysis(graph)
        #expect(analysis.frustration == 0)
        #expect(analysis.frustratedTies.isEmpty)
        #expect(Set(analysis.camps.map { Set($0.members) }) == [["a", "b"], ["c", "d", "e"]])
    }

    @Test func allHostileTriangleFrustratesOneTie() throws {
        let graph = try Fixtures.graph(["A", "B", "C"], [("A", .opposes, "B", 1), ("B", .opposes, "C", 1), ("C", .opposes, "A", 1)])
        let analysis = CampAnalysis(graph)
        #expect(analysis.frustration == 1)
        #expect(analysis.frustratedTies.count == 1)
        // Any of the three ties can be the frustrated one: three optimal partitions.
        #expect(analysis.components[0].optimalPartitions == 3)
    }

    @Test func tiesMergeBySignedSupportAndCancellingTiesAreContested() throws {
        let graph = try Fixtures.graph(
            ["A", "B", "C"],
            [("A", .backs, "B", 3), ("B", .opposes, "A", 1), ("A", .opposes, "C", 2), ("C", .coordinatesWith, "A", 2)])
        let analysis = CampAnalysis(graph)
        #expect(analysis.frustration == 0)
        #expect(analysis.contestedTies.map { [$0.ends.0, $0.ends.1] } == [["a", "c"]])
        #expect(analysis.camps.map(\.members) == [["a", "b"]])
        #expect(analysis.unaligned == ["c"])
    }

    @Test func separateComponentsGetSeparateCamps() throws {
        let graph = try Fixtures.graph(
            ["A", "B", "C", "D", "E"], [("A", .opposes, "B", 1), ("C", .backs, "D", 1), ("D", .backs, "E", 1)])
        let analysis = CampAnalysis(graph)
        #expect(analysis.components.map(\.size) == [3, 2])
        #expect(analysis.camps.map(\.members) == [["c", "d", "e"], ["a"], ["b"]])
        #expect(analysis.camps.map(\.component) == [0, 1, 1])
    }

    @Test func heuristicRecoversAPlantedPartition() throws {
        // 60 states in two planted camps of 30: friendly ties inside, hostile across, with 5% of
        // the ties flipped as noise. Too big for the exact search at this limit.
        var generator = SplitMix64(seed: 42)
        let names = (0..<60).map { "S\($0)" }
        var edges: [(String, RelationKind, String, Int)] = []
        var flipped = 0
        for i in 0..<60 {
            for j in (i + 1)..<60 where generator.next() % 100 < 20 {
                let sameCamp = (i < 30) == (j < 30)
                var friendly = sameCamp
                if generator.next() % 100 < 5 { friendly.toggle(); flipped += 1 }
                edges.append((names[i], friendly ? .backs : .opposes, names[j], 1))
            }
        }
        let graph = try Fixtures.graph(names, edges)
        let analysis = CampAnalysis(graph, options: .init(exactLimit: 10))
        #expect(analysis.components.map(\.isExact) == [false])
        let planted: Set<Set<ActorID>> = [Set(names[..<30].map(ActorID.forName)), Set(names[30...].map(ActorID.forName))]
        #expect(Set(analysis.camps.map { Set($0.members) }) == planted)
        #expect(analysis.frustration == flipped)
        #expect(analysis.frustration <= analysis.components[0].bound!)
    }

    @Test func exactAndHeuristicAgreeOnSmallRandomGraphs() throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20 {
            let n = 9
            var ties = [[(node: Int, weight: Int)]](repeating: [], count: n)
            for i in 0..<n {
                for j in (i + 1)..<n where generator.next() % 2 == 0 {
                    let w = Int(generator.next() % 5) - 2
                    guard w != 0 else { continue }
                    ties[i].append((j, w)); ties[j].append((i, w))
                }
            }
            let problem = SignedPartition(count: n, ties: ties)
            let exact = problem.exact()
            let heuristic = problem.localSearch(restarts: 8, seed: 3)
            #expect(exact.frustration == problem.frustration(exact.sides))
            #expect(heuristic.frustration == problem.frustration(heuristic.sides))
            #expect(heuristic.frustration >= exact.frustration)
            #expect(heuristic.frustration <= problem.bound)
        }
    }

    @Test func personsJoinTheCampOfWhatTheyRepresent() throws {
        var graph = try Fixtures.graph(["A", "B"], [("A", .opposes, "B", 1)])
        try graph.add(Actor(name: "P", kind: .person))
        try graph.relate("p", .represents, "b", evidence: Fixtures.evidence(1))
        try graph.relate("a", .backs, "p", evidence: Fixtures.evidence(2))
        let analysis = CampAnalysis(graph)
        // A backs B's representative and opposes B: the folded tie A–B weighs 2 − 1 = +1.
        #expect(analysis.camps.map(\.members) == [["a", "b", "p"]])
        #expect(analysis.frustration == 0)
    }
}
