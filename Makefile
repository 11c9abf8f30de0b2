# The two commands the README opens with:
#   make run    set up, build, and run the main job on seeds/ (writes output/)
#   make test   set up, build, and run every test (Swift and the Python integration tests)
SWIFT ?= swift
BIN = .build/release/actorgraph

.PHONY: setup build run test leaks clean

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

clean:
	rm -rf .build

# Query benchmark against python-igraph and NetworkX on a 1M-edge graph (see BENCHMARKS.md).
.PHONY: bench
bench:
	Benchmarks/run.sh
