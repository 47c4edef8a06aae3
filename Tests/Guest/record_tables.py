#!/usr/bin/env python3
"""Record the ACPI tables QEMU gives a guest, for the goldens under Tests/Goldens/acpi/qemu-*/.

  record_tables.py [--qemu 11.1|10.0|7.2|all] [--only VARIANT,...] [--jobs N] [--out DIR]

Each configuration is one of QEMU's bios-tables-test machines (tests/qtest/bios-tables-test.c),
booted under TCG with Debian's 6.12 kernel and a busybox initramfs whose init
(Tests/Guest/record-init) prints every table of /sys/firmware/acpi/tables. The tables this
project reads (IORT, VIOT, MCFG, DSDT, APIC) are written as `<SIG><variant>` (QEMU's names:
`IORT.smmuv3-legacy`), with their decoding by the current iasl (`make current-iasl`) beside
them as `<file>.dsl`, and the command lines into `commands.txt`. Tests/Goldens/README.md says
what each is. CI never runs this: the tables are committed.

QEMU 10.0 comes from bookworm-backports and is only unpacked (`dpkg-deb -x`) into
.build/qemu-10.0, so the system's QEMU 7.2 (Debian bookworm, what `make guest-test` installs)
stays as it is. QEMU 11.1 (the first Debian QEMU with a user-creatable `arm-smmuv3`) comes from
trixie-backports with its firmware (trixie's AAVMF, trixie-backports' SeaBIOS) and every library
it needs, resolved by apt against a private, empty package state under .build/qemu-11.1 (the
host's apt configuration is not touched) and unpacked there; it runs through trixie's own loader,
as scripts/fetch-current-iasl.sh runs iasl. The guest kernels and busybox are the guest test's (Tests/Guest/fetch.sh).
Exit 0 when every configuration was recorded, 1 when one failed, 2 on a setup error.
"""
import argparse, concurrent.futures, os, re, shlex, shutil, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import guest_test  # noqa: E402  (the initramfs builder, the kernels, the cache)

ROOT = guest_test.ROOT
CACHE = guest_test.CACHE
QEMU10 = os.path.join(ROOT, ".build", "qemu-10.0")
QEMU10_VERSION = "1:10.0.2+ds-2+deb13u1~bpo12+1"
QEMU11 = os.path.join(ROOT, ".build", "qemu-11.1")
# The QEMU and firmware packages are pinned; the libraries are trixie's current ones.
QEMU11_PACKAGES = ["qemu-system-arm=1:11.1.3+ds-2~bpo13+1", "qemu-system-x86=1:11.1.3+ds-2~bpo13+1",
                   "qemu-efi-aarch64=2025.02-8+deb13u1", "seabios=1.17.0-1~bpo13+1"]
QEMU11_SUITES = ("trixie", "trixie-backports")
MIRROR = os.environ.get("QEMU_MIRROR", "http://deb.debian.org/debian")
IASL = os.path.join(ROOT, ".build", "iasl-current")
KEEP = ("IORT", "VIOT", "MCFG", "DSDT", "APIC")
TIMEOUT = {"aarch64": 300, "x86": 180}

# bios-tables-test's machines. The test adds a boot disk or CD (-cdrom of its test ISO on virt,
# an IDE disk on q35) that the recorder leaves out: the guest boots the kernel directly, and
# neither device is in a table read here. Where the test's device layout matters (the root port
# with a SCSI controller in front of expander bridges, so that pcie.0 spans buses 0-1), it is kept,
# with an empty CD drive.
SCSI_CD = ["-device", "pcie-root-port,chassis=1,id=pci.1",
           "-device", "virtio-scsi-pci,id=scsi0,bus=pci.1",
           "-device", "scsi-cd,bus=scsi0.0,scsi-id=0,id=scsi0-0-0-1"]
AARCH64 = [
    # variant, extra arguments (after `-machine virt -cpu cortex-a57`)
    ("", ["-smbios", "type=4,max-speed=2900,current-speed=2700"]),
    (".its_off", ["-M", "gic-version=3,iommu=smmuv3,its=off"]),
    (".viot", ["-device", "virtio-iommu-pci"]),
    (".pxb", SCSI_CD + ["-device", "pxb-pcie,bus_nr=128"]),
    (".smmuv3-legacy", SCSI_CD + ["-M", "iommu=smmuv3",
                                  "-device", "pxb-pcie,id=pcie.1,bus=pcie.0,bus_nr=0x10",
                                  "-device", "pxb-pcie,id=pcie.2,bus=pcie.0,bus_nr=0x20,bypass_iommu=on"]),
    # The user-creatable SMMUv3 of QEMU 10.2; 10.0 and 7.2 refuse it ("Parameter 'driver' expects a
    # pluggable device type"), which the recorder reports instead of a table.
    (".smmuv3-dev", SCSI_CD + ["-device", "arm-smmuv3,primary-bus=pcie.0,id=smmuv3.0",
                               "-device", "pxb-pcie,id=pcie.1,bus=pcie.0,bus_nr=0x10",
                               "-device", "arm-smmuv3,primary-bus=pcie.1,id=smmuv3.1",
                               "-device", "pxb-pcie,id=pcie.2,bus=pcie.0,bus_nr=0x20"]),
]
Q35 = [
    (".viot", ["-machine", "default_bus_bypass_iommu=on", "-device", "virtio-iommu-pci",
               "-device", "pxb-pcie,bus_nr=0x10,id=pcie.100,bus=pcie.0",
               "-device", "pxb-pcie,bus_nr=0x20,id=pcie.200,bus=pcie.0,bypass_iommu=on",
               "-device", "pxb-pcie,bus_nr=0x30,id=pcie.300,bus=pcie.0"]),
]
CMDLINE = "panic=-1 quiet loglevel=1"
# With its=off QEMU 10.0 and 7.2 keep the ITS in the MADT (no ITS is there), and Linux then dies
# in its_init at its first access; without LPIs the kernel does not probe the ITS and boots.
KERNEL_ARGS = {".its_off": " irqchip.gicv3_nolpi=1"}


def sh(*cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def qemu10():
    """QEMU 10.0.2 from bookworm-backports, unpacked under .build/qemu-10.0 (never installed)."""
    root = os.path.join(QEMU10, "root")
    if not os.path.exists(os.path.join(root, ".done")):
        debs = os.path.join(QEMU10, "debs")
        shutil.rmtree(QEMU10, ignore_errors=True); os.makedirs(debs)
        pkgs = [f"{p}={QEMU10_VERSION}" for p in
                ("qemu-system-arm", "qemu-system-x86", "qemu-system-common", "qemu-system-data")]
        print("downloading QEMU 10.0.2 from bookworm-backports into", os.path.relpath(debs, ROOT), flush=True)
        sh("apt-get", "download", "-q", "-o", "APT::Sandbox::User=root", *pkgs, cwd=debs)
        unpack(debs, root)
    return root


def qemu11():
    """QEMU 11.1.3 from trixie-backports with everything it needs from trixie, unpacked under
    .build/qemu-11.1/root: apt resolves the packages against a private, empty state (so it
    downloads every dependency, libc included) and nothing is installed."""
    root = os.path.join(QEMU11, "root")
    if not os.path.exists(os.path.join(root, ".done")):
        shutil.rmtree(QEMU11, ignore_errors=True)
        apt = os.path.join(QEMU11, "apt")
        for d in ("etc/preferences.d", "state/lists/partial", "cache/archives/partial"):
            os.makedirs(os.path.join(apt, d))
        os.chmod(QEMU11, 0o755); os.chmod(apt, 0o755)  # apt downloads as the _apt user
        keyring = "/usr/share/keyrings/debian-archive-keyring.gpg"
        with open(os.path.join(apt, "etc", "sources.list"), "w") as f:
            f.writelines(f"deb [signed-by={keyring}] {MIRROR} {suite} main\n" for suite in QEMU11_SUITES)
        open(os.path.join(apt, "state", "status"), "w").close()
        opts = []
        for key, value in (("Dir::Etc::sourcelist", "etc/sources.list"), ("Dir::Etc::sourceparts", "-"),
                           ("Dir::Etc::preferencesparts", "etc/preferences.d"), ("Dir::State", "state"),
                           ("Dir::State::status", "state/status"), ("Dir::Cache", "cache")):
            opts += ["-o", f"{key}={value if value == '-' else os.path.join(apt, value)}"]
        opts += ["-o", "APT::Architecture=amd64", "-o", "Debug::NoLocking=1"]
        print("downloading QEMU 11.1.3 from trixie-backports (and its libraries) into",
              os.path.relpath(QEMU11, ROOT), flush=True)
        sh("apt-get", *opts, "update", "-qq")
        sh("apt-get", *opts, "install", "-y", "-qq", "--download-only", "--no-install-recommends",
           "-t", "trixie-backports", *QEMU11_PACKAGES)
        unpack(os.path.join(apt, "cache", "archives"), root)
    return root


def unpack(debs, root):
    """Every .deb of `debs` unpacked into `root`, its name and version listed in `root/.packages`
    (the recording's provenance: `packages.txt` beside the tables), then marked done."""
    names = []
    for d in sorted(os.listdir(debs)):
        if d.endswith(".deb"):
            sh("dpkg-deb", "-x", os.path.join(debs, d), root)
            fields = sh("dpkg-deb", "-f", os.path.join(debs, d), "Package", "Version", text=True).stdout
            names.append(" ".join(line.split(": ", 1)[1] for line in fields.splitlines()))
    with open(os.path.join(root, ".packages"), "w") as f: f.write("\n".join(sorted(names)) + "\n")
    open(os.path.join(root, ".done"), "w").close()


def qemu(version, arch):
    """(runner, QEMU argv prefix, environment, version string) of one QEMU: the runner is what
    starts the binary (trixie's loader for 11.1, nothing for the others)."""
    binary = {"aarch64": "qemu-system-aarch64", "x86": "qemu-system-x86_64"}[arch]
    env = dict(os.environ)
    runner = []
    if version == "7.2":
        argv = [binary]
    else:
        root = qemu10() if version == "10.0" else qemu11()
        share = os.path.join(root, "usr", "share")
        # Its own option ROMs first (for 10.0, the system's SeaBIOS and AAVMF are found after them),
        # and its own modules, not the system QEMU's (a module of another build aborts QEMU).
        # `-audio none`: probing for an audio backend (q35's PC speaker) loads the system QEMU's
        # audio and OpenGL modules, which abort QEMU 10.0; no ACPI table depends on the backend.
        argv = [os.path.join(root, "usr", "bin", binary), "-L", os.path.join(share, "qemu")]
        if version == "11.1":
            # Its own SeaBIOS too, and its own loader and libraries (trixie's glibc is newer).
            argv += ["-L", os.path.join(share, "seabios")]
            lib = os.path.join(root, "usr", "lib", "x86_64-linux-gnu")
            runner = [os.path.join(root, "usr", "lib64", "ld-linux-x86-64.so.2"), "--library-path", lib]
        argv += ["-audio", "none"]
        env["QEMU_MODULE_DIR"] = os.path.join(root, "usr", "lib", "x86_64-linux-gnu", "qemu")
    out = subprocess.run(runner + argv[:1] + ["--version"], capture_output=True, text=True, env=env).stdout
    return runner, argv, env, out.splitlines()[0].strip()


def firmware(version):
    """virt's UEFI: AAVMF of the QEMU's own suite where it is unpacked with one (11.1: trixie's
    qemu-efi-aarch64), else the system's (bookworm's, which 10.0 and 7.2 boot)."""
    if version == "11.1":
        return os.path.join(qemu11(), "usr", "share", "AAVMF", "AAVMF_CODE.fd")
    return "/usr/share/AAVMF/AAVMF_CODE.fd"


def command(version, arch, variant, extra, log):
    runner, argv, env, full = qemu(version, arch)
    if arch == "aarch64":
        cmd = argv + ["-machine", "virt", "-accel", "tcg", "-nodefaults", "-cpu", "cortex-a57"] + extra + [
            "-m", "512", "-bios", firmware(version),
            "-kernel", guest_test.kernel("arm64"), "-initrd", guest_test.initramfs("arm64", "record-init", ()),
            "-append", "console=ttyAMA0 acpi=force " + CMDLINE + KERNEL_ARGS.get(variant, "")]
    else:
        # QEMU's default 128 MiB, as bios-tables-test has it: q35's DSDT places the PCI host
        # bridge's 32-bit window after low memory, so the size shows in PCI0's _CRS. (virt's
        # tables do not depend on it; its guest needs 512 MiB for AAVMF to load the kernel.)
        cmd = argv + ["-machine", "q35", "-accel", "tcg", "-net", "none"] + extra + [
            "-kernel", guest_test.kernel("amd64"),
            "-initrd", guest_test.initramfs("amd64", "record-init", ()),
            "-append", "console=ttyS0 " + CMDLINE]
    cmd += ["-display", "none", "-monitor", "none", "-no-reboot", "-serial", "file:" + log]
    return runner, cmd, env, full


def shown(cmd):
    """The command line as the README records it: the QEMU options, paths of this machine left out
    (an unpacked QEMU's files are named under `<qemu-VERSION>`, its root)."""
    roots = {os.path.join(QEMU10, "root"): "<qemu-10.0>", os.path.join(QEMU11, "root"): "<qemu-11.1>"}
    keep, skip = [], False
    for i, a in enumerate(cmd):
        if skip: skip = False; continue
        if i == 0: keep.append(os.path.basename(a)); continue
        if a in ("-kernel", "-initrd", "-serial"):  # paths of this machine
            keep += [a, {"-kernel": "<vmlinuz 6.12>", "-initrd": "<initramfs>", "-serial": "file:<log>"}[a]]
            skip = True; continue
        root = next((r for r in roots if a.startswith(r + os.sep)), None)
        if root is None:
            keep.append(shlex.quote(a))
        else:
            a = roots[root] + a[len(root):]
            keep.append("<qemu-10.0 share/qemu>" if a == "<qemu-10.0>/usr/share/qemu" else a)
    return " ".join(keep)


def tables_of(text):
    return {m.group(1): bytes.fromhex(m.group(2))
            for m in re.finditer(r"^TOPOC-TABLE (\S+) ([0-9a-f]*)\r?$", text, re.M)}


def iasl_dsl(path):
    """`<path>.dsl`: the table decoded by the current iasl, its header's file name made stable."""
    binary = [os.path.join(IASL, "usr", "lib64", "ld-linux-x86-64.so.2"), "--library-path",
              os.path.join(IASL, "usr", "lib", "x86_64-linux-gnu"), os.path.join(IASL, "usr", "bin", "iasl")]
    work = path + ".iasl"
    shutil.rmtree(work, ignore_errors=True); os.makedirs(work)
    sig = os.path.basename(path)[:4]
    shutil.copy(path, os.path.join(work, sig))
    sh(*binary, "-p", sig, "-d", sig, cwd=work)
    shutil.move(os.path.join(work, sig + ".dsl"), path + ".dsl")
    shutil.rmtree(work)


def record(job):
    version, arch, variant, extra, out = job
    machine = {"aarch64": "aarch64-virt", "x86": "x86-q35"}[arch]
    work = os.path.join(CACHE, "record", f"qemu-{version}", machine + (variant or ".base"))
    shutil.rmtree(work, ignore_errors=True); os.makedirs(work)
    log = os.path.join(work, "serial.log")
    runner, cmd, env, full = command(version, arch, variant, extra, log)
    with open(os.path.join(work, "qemu.cmd"), "w") as f: f.write(" ".join(runner + cmd) + "\n")
    start = time.monotonic()
    for attempt in (1, 2):  # a TCG boot on a loaded machine may run out of time once
        try:
            r = subprocess.run(runner + cmd, timeout=TIMEOUT[arch], capture_output=True, text=True, env=env)
        except subprocess.TimeoutExpired:
            r = None
        text = open(log, errors="replace").read() if os.path.exists(log) else ""
        if "TOPOC-END" in text: break
        if r is not None and r.returncode != 0 and "TOPOC-BEGIN" not in text:
            return job, None, f"QEMU refused the configuration: {r.stderr.strip()}", full, cmd
    else:
        return job, None, f"no end marker within {TIMEOUT[arch]} s (see {os.path.relpath(log, ROOT)})", full, cmd
    tables = {sig: blob for sig, blob in tables_of(text).items() if sig in KEEP}
    dest = os.path.join(out, f"qemu-{version}", machine)
    os.makedirs(dest, exist_ok=True)
    for sig, blob in sorted(tables.items()):
        path = os.path.join(dest, sig + variant)
        with open(path, "wb") as f: f.write(blob)
        iasl_dsl(path)
    return job, sorted(tables), f"{time.monotonic() - start:.0f} s", full, cmd


def drop_same_as_base(dest):
    """QEMU's convention (bios-tables-test falls back to `<SIG>` when `<SIG><variant>` is missing):
    a variant's table that equals the base configuration's is not kept."""
    for name in sorted(os.listdir(dest)):
        sig, _, variant = name.partition(".")
        base = os.path.join(dest, sig)
        if variant and not name.endswith(".dsl") and os.path.exists(base):
            with open(base, "rb") as a, open(os.path.join(dest, name), "rb") as b:
                if a.read() == b.read():
                    os.remove(os.path.join(dest, name)); os.remove(os.path.join(dest, name + ".dsl"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qemu", default="all", choices=("11.1", "10.0", "7.2", "all"))
    ap.add_argument("--only", default="", help="comma-separated variants (.viot, .its_off, base for the default)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", default=os.path.join(ROOT, "Tests", "Goldens", "acpi"))
    a = ap.parse_args()
    if not os.path.exists(os.path.join(IASL, "usr", "bin", "iasl")):
        print("record_tables: run `make current-iasl` first", file=sys.stderr); return 2
    versions = ["11.1", "10.0", "7.2"] if a.qemu == "all" else [a.qemu]
    only = [v if v != "base" else "" for v in a.only.split(",")] if a.only else None
    jobs = [(v, arch, variant, extra, a.out) for v in versions
            for arch, configs in (("aarch64", AARCH64), ("x86", Q35))
            for variant, extra in configs if only is None or variant in only]
    if "10.0" in versions: qemu10()  # once, before the boots run side by side
    if "11.1" in versions: qemu11()
    guest_test.initramfs("arm64", "record-init", ()); guest_test.initramfs("amd64", "record-init", ())
    bad = 0
    lines = {}
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        for (version, arch, variant, _, _), tables, note, full, cmd in pool.map(record, jobs):
            name = f"qemu-{version} {arch} {variant or '(base)'}"
            print(f"{name:40} {'recorded ' + ','.join(tables) if tables else 'NOT RECORDED'} ({note})", flush=True)
            bad += tables is None
            lines.setdefault(version, []).append(
                f"{arch} {variant or '(base)'}: {full}\n  {shown(cmd)}\n  "
                + (f"tables: {', '.join(tables)}" if tables else f"not recorded: {note}") + "\n")
    for version in versions:
        dest = os.path.join(a.out, f"qemu-{version}", "aarch64-virt")
        if os.path.isdir(dest): drop_same_as_base(dest)
    for version in versions:
        # The Debian packages an unpacked QEMU ran with (its firmware and libraries included).
        listed = os.path.join(ROOT, ".build", f"qemu-{version}", "root", ".packages")
        if version in lines and os.path.exists(listed):
            shutil.copy(listed, os.path.join(a.out, f"qemu-{version}", "packages.txt"))
    for version, entries in lines.items():
        # One paragraph per configuration; a partial run (--only) replaces only its own.
        path = os.path.join(a.out, f"qemu-{version}", "commands.txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        kept = open(path).read().strip("\n").split("\n\n") if os.path.exists(path) else []
        merged = {e.split(":", 1)[0]: e.strip("\n") for e in kept + entries if e.strip()}
        with open(path, "w") as f:
            f.write("\n\n".join(merged[k] for k in sorted(merged)) + "\n")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
