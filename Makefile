# topoc: the two commands a newcomer needs are `make run` and `make test`.
# Both install the Debian packages they need when they are missing.

SWIFT        ?= swift
BUILD_FLAGS  ?=
TOPOC        := .build/debug/topoc
TOPOLOGIES   := $(wildcard Topologies/*.yaml)
# libfdt-dev: DTB writing/reading; libyaml-dev: the YAML parser; device-tree-compiler: dtc/fdtget cross-checks;
# acpica-tools: iasl cross-checks; graphviz: SVG pictures of topologies.
DEB_PACKAGES := libfdt-dev libyaml-dev device-tree-compiler acpica-tools graphviz

.PHONY: run test build release deps current-iasl goldens check-topologies verify docs bench fuzz install uninstall clean

## run: install what is missing, build, compile every topology into Output/ (with a picture,
## Output/<name>/topology.svg) and verify it.
run: deps build
	@for t in $(TOPOLOGIES); do \
	  n=$$(basename $$t .yaml); \
	  echo "topoc compile $$t -o Output/$$n"; \
	  $(TOPOC) compile $$t -o Output/$$n || exit $$?; \
	  echo "topoc graph $$t -o Output/$$n/topology.svg"; \
	  $(TOPOC) graph $$t -o Output/$$n/topology.svg || exit $$?; \
	done
	@$(MAKE) --no-print-directory verify

## test: install what is missing, then run the whole test suite.
test: deps current-iasl
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	@# The example VMM package uses the build-tool plugin; building it here, not inside the
	@# parallel test run, keeps its 1-2 minute build out of the tests' way (PluginTests checks it).
	@# The example depends on this package by path; SwiftPM caches its plan and would miss files
	@# added here since the last build, so the plan is made anew (a second or two).
	$(SWIFT) build --package-path Examples/SwiftVMM --scratch-path .build/example --disable-build-manifest-caching
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

build:
	$(SWIFT) build $(BUILD_FLAGS)

## goldens: re-record Output/ after an intended change of outputs (reviewed in the diff).
goldens: deps build
	@for t in $(TOPOLOGIES); do \
	  n=$$(basename $$t .yaml); \
	  $(TOPOC) compile $$t -o Output/$$n || exit $$?; \
	done
	@echo "Output/ re-recorded; review with: git diff --stat Output/"

## verify: check every emitted blob with the field's own tools (dtc), then feed each topology's
## outputs to the embedded virtio-iommu devices (`topoc verify`).
verify: build
	@for t in $(TOPOLOGIES); do \
	  n=$$(basename $$t .yaml); d=Output/$$n; \
	  if [ -f $$d/$$n.dtb ]; then \
	    dtc -q -I dtb -O dts -o /dev/null $$d/$$n.dtb || exit 1; \
	    echo "verified $$d/$$n.dtb with dtc"; \
	  fi; \
	  echo "topoc verify $$t"; \
	  $(TOPOC) verify $$t || exit $$?; \
	done

## docs: regenerate the man page and shell completions from the argument parser, and
## docs/diagnostics.md from the diagnostic registry (all committed).
docs: build
	mkdir -p docs/man docs/completions
	$(SWIFT) package plugin --allow-writing-to-package-directory generate-manual --output-directory docs/man --date 2026-11-26
	@# The plugin writes the options; EXAMPLES, FILES, EXIT STATUS and SEE ALSO come from
	@# Sources/topoc/Manual.swift (its empty EXIT STATUS heading and the hidden command dropped).
	sed -i -e '/^\.Sh "EXIT STATUS"/,$$d' -e '/^\.It Em manual-sections/,/^\.El/d' docs/man/topoc.1
	$(TOPOC) manual-sections >> docs/man/topoc.1
	for shell in bash zsh fish; do $(TOPOC) --generate-completion-script $$shell > docs/completions/topoc.$$shell; done
	$(TOPOC) manual-sections --diagnostics > docs/diagnostics.md

## bench: release build; topoc vs dtc + iasl on generated layouts of scale 1, 10, 100 (time, peak
## memory, growth), virtqueue requests/s and an exhaustive verify (README "Benchmarks").
BENCH_TOPOLOGY ?= Topologies/qemu-virt-viommu.yaml
BENCH_SCALES   ?= 1,10,100
## The release build links the Swift runtime and Foundation statically (--static-swift-stdlib):
## a smaller resident baseline and a faster start than loading them as shared libraries.
RELEASE_FLAGS  ?= -c release --static-swift-stdlib
bench: deps current-iasl
	$(SWIFT) build $(RELEASE_FLAGS) --product topoc $(BUILD_FLAGS)
	$(SWIFT) build $(RELEASE_FLAGS) --product topoc-bench $(BUILD_FLAGS)
	.build/release/topoc-bench --scales $(BENCH_SCALES) $(BENCH_TOPOLOGY)

## release: the topoc executable to ship or install (.build/release/topoc).
release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product topoc $(BUILD_FLAGS)

## fuzz: libFuzzer + AddressSanitizer/LeakSanitizer run of every target of Sources/topoc-fuzz for
## FUZZ_SECONDS each (README "Robustness"); FUZZ_TARGETS picks some. Needs no network after deps.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) Fuzz/run.sh $(FUZZ_TARGETS)

## current-iasl: a current iasl (Debian unstable's acpica-tools, unpacked with its own C library
## into .build/iasl-current; nothing is installed) for the .dsl recompilation tests.
current-iasl:
	@scripts/fetch-current-iasl.sh

## guest-test: boot Linux under QEMU (TCG) on topoc's firmware for the QEMU-shaped examples and
## compare the kernel's IOMMU groups with endpoints.json (docs/guest-test.md). Downloads Debian's
## kernels and busybox into .build/guest on first use; GUEST_ONLY=name,name runs some scenarios.
GUEST_ONLY ?=
.PHONY: guest-test
guest-test: deps build
	Tests/Guest/fetch.sh .build/guest
	python3 Tests/Guest/guest_test.py $(if $(GUEST_ONLY),--only $(GUEST_ONLY))

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

## install: a release build of topoc into $(PREFIX)/bin, its man page into share/man/man1 and its
## completions where bash-completion, zsh and fish look (DESTDIR for staged installs).
PREFIX  ?= /usr/local
DESTDIR ?=
install: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product topoc $(BUILD_FLAGS)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 .build/release/topoc $(DESTDIR)$(PREFIX)/bin/topoc
	install -m 644 docs/man/topoc.1 $(DESTDIR)$(PREFIX)/share/man/man1/topoc.1
	install -m 644 docs/completions/topoc.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/topoc
	install -m 644 docs/completions/topoc.zsh $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_topoc
	install -m 644 docs/completions/topoc.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/topoc.fish
	@echo "installed topoc $$($(DESTDIR)$(PREFIX)/bin/topoc --version) into $(DESTDIR)$(PREFIX)"

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/topoc $(DESTDIR)$(PREFIX)/share/man/man1/topoc.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/topoc $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_topoc \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/topoc.fish

clean:
	rm -rf .build .build-fuzz
