# The two commands the README opens with:
#   make run    set up, build, and run the main job on seeds/ (writes output/)
#   make test   set up, build, and run every test (Swift and the Python integration tests)
SWIFT ?= swift
BIN = .build/release/actorgraph

.PHONY: setup build run test leaks bench bench-open bench-extraction clean

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
	valgrind --leak-check=full --num-callers=40 --error-exitcode=1 --errors-for-leak-kinds=definite \
		--suppressions=Benchmarks/RenderLeakCheck/graphviz.supp $(LEAKCHECK) --renders 20

clean:
	rm -rf .build

# Query benchmark against python-igraph and NetworkX on a 1M-edge graph (see BENCHMARKS.md).
bench:
	Benchmarks/run.sh

# Opening graph.json: cold `actorgraph path` against NetworkX and python-igraph at 1M edges (see BENCHMARKS.md).
bench-open:
	Benchmarks/open.sh

# Extraction throughput on a 50 MB corpus, one core and all (see BENCHMARKS.md).
bench-extraction: setup
	Benchmarks/extraction.sh 50
