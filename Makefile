# The two commands the README opens with:
#   make run    set up, build, and run the main job on seeds/ (writes output/)
#   make test   set up, build, and run every test (Swift and the Python integration tests)
SWIFT ?= swift
BIN = .build/release/actorgraph

.PHONY: setup build run test leaks fuzz bench bench-open bench-extraction bench-update bench-update-instructions clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product actorgraph

run: build
	$(BIN) build seeds --out output

test: setup
	$(SWIFT) test
	$(SWIFT) build --product actorgraph
	python3 -m pytest -q Tests/integration

# Renders a generated graph 20 times in one process under valgrind and fails on any definite leak
# that is not one of Graphviz's own (Benchmarks/RenderLeakCheck/graphviz.supp says which and why).
LEAKCHECK = .build/debug/RenderLeakCheck
leaks: setup
	@command -v valgrind >/dev/null || { echo "leaks: installing valgrind"; \
		if [ "$$(id -u)" -eq 0 ]; then apt-get install -y -qq valgrind; else sudo apt-get install -y -qq valgrind; fi; }
	$(SWIFT) build --product RenderLeakCheck
	@# valgrind 3.19 cannot read this toolchain's debug info ("possibly corrupted debuginfo file"):
	@# it checks a copy without it (function names stay, line numbers go).
	objcopy --strip-debug $(LEAKCHECK) .build/RenderLeakCheck.nodebug
	valgrind --leak-check=full --num-callers=40 --error-exitcode=1 --errors-for-leak-kinds=definite \
		--suppressions=Benchmarks/RenderLeakCheck/graphviz.supp .build/RenderLeakCheck.nodebug --renders 20

clean:
	rm -rf .build Fuzz/.build-fuzz

# libFuzzer on the extractor and on the structured readers (Fuzz/, a package of its own), each for
# FUZZ_SECONDS; any trap, or any input taking over a second, fails. Seeds: Fuzz/corpus/<target>/;
# inputs the run finds go to Fuzz/.build-fuzz/corpus/, crashing ones to Fuzz/.build-fuzz/artifacts/.
# Leaks are not fuzzed (detect_leaks=0, in libFuzzer and at exit): every XML error FoundationXML
# reports leaks a CFString (about 1 MB a minute), and `make leaks` covers ActorGraph's own.
FUZZ_SECONDS ?= 60
FUZZ_BUILD = Fuzz/.build-fuzz
FUZZ_FLAGS = -timeout=1 -detect_leaks=0 -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1
fuzz: setup
	cd Fuzz && $(SWIFT) build --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address
	mkdir -p $(FUZZ_BUILD)/corpus/extractor $(FUZZ_BUILD)/corpus/readers $(FUZZ_BUILD)/artifacts
	ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BUILD)/debug/FuzzExtractor $(FUZZ_FLAGS) -artifact_prefix=$(FUZZ_BUILD)/artifacts/extractor- \
		$(FUZZ_BUILD)/corpus/extractor Fuzz/corpus/extractor
	ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BUILD)/debug/FuzzReaders $(FUZZ_FLAGS) -artifact_prefix=$(FUZZ_BUILD)/artifacts/readers- \
		$(FUZZ_BUILD)/corpus/readers Fuzz/corpus/readers

# Query benchmark against python-igraph and NetworkX on a 1M-edge graph (see BENCHMARKS.md).
bench:
	Benchmarks/run.sh

# Opening a graph: cold `actorgraph path` from graph.json and from a store, against NetworkX and python-igraph at 100k and 1M edges (see BENCHMARKS.md).
bench-open:
	Benchmarks/open.sh

# Incremental builds: adding 1% new documents to a 20 MB corpus's store against a full build (see BENCHMARKS.md).
bench-update: setup
	Benchmarks/update.sh 20 1

# The same, with the instructions of the full build and both updates (callgrind; some minutes).
bench-update-instructions: setup
	INSTRUCTIONS=1 Benchmarks/update.sh 20 1

# Extraction throughput on a 50 MB corpus, one core and all (see BENCHMARKS.md).
bench-extraction: setup
	Benchmarks/extraction.sh 50
