#!/usr/bin/env python3
"""Boot Linux under QEMU (TCG) on topoc's firmware and compare the kernel's view of I/O
translation with topoc's endpoints.json. See docs/guest-test.md.

  guest_test.py [--only NAME,...] [--jobs N]

Exit 0 when every scenario holds (the negative one holds when the harness catches its defect),
1 when one does not, 2 on a setup error. Logs: .build/guest/run/<scenario>/serial.log.
"""
import argparse, concurrent.futures, hashlib, json, lzma, os, re, shutil, subprocess, sys, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CACHE = os.path.join(ROOT, ".build", "guest")
RUN = os.path.join(CACHE, "run")
TOPOC = os.path.join(ROOT, ".build", "debug", "topoc")
HERE = os.path.dirname(os.path.abspath(__file__))
BOOT_TIMEOUT = {"dt": 120, "acpi": 300, "x86": 120}  # seconds; a TCG boot is ~10 s, UEFI ~30 s

# Endpoint devices: virtio-rng-pci needs one small module and is enough for the kernel to bind
# a driver (and so run its DMA configuration) on each endpoint.
RNG = "virtio-rng-pci"
ARM_DEVS = ["-device", f"{RNG},bus=pcie.0,addr=03.0", "-device", f"{RNG},bus=pcie.0,addr=04.0"]
PXB_DEVS = ARM_DEVS[:2] + ["-device", "pxb-pcie,id=pcie.1,bus=pcie.0,bus_nr=0x10",
            "-device", "pxb-pcie,id=pcie.2,bus=pcie.0,bus_nr=0x20,bypass_iommu=on",
            "-device", "pcie-root-port,id=rp1,bus=pcie.1,chassis=1",
            "-device", "pcie-root-port,id=rp2,bus=pcie.2,chassis=2",
            "-device", f"{RNG},bus=rp2"]
# No endpoint behind rp1: QEMU's SMMU translates the expander's whole bus range (0x10-0x11 with a
# root port), the example's IORT (QEMU's own for an empty expander) only bus 0x10, and the SMMU
# then reports C_BAD_STREAMID for bus 0x11, which the harness counts as a failure.
VIOMMU = ["-device", "virtio-iommu-pci,addr=02.0"]
# How the guest names each topology IOMMU: a piece of the resolved sysfs `iommu` link.
VIOMMU_AT_02 = {"viommu": "/0000:00:02.0/"}
SMMU_AT_9050000 = {"smmu": "/smmu3.0x0000000009050000"}

SCENARIOS = [
    # name, kind, topology, machine options, devices, IOMMU names, IORT revision (acpi)
    dict(name="dt-viommu", kind="dt", topology="qemu-virt-viommu", machine="",
         devices=VIOMMU + ARM_DEVS, iommus=VIOMMU_AT_02),
    dict(name="dt-smmuv3", kind="dt", topology="qemu-virt-smmuv3", machine=",iommu=smmuv3",
         devices=ARM_DEVS, iommus=SMMU_AT_9050000),
    # QEMU's default GICv2 with its GICv2m frame (the later gic-version wins on QEMU's command line).
    dict(name="dt-gicv2-viommu", kind="dt", topology="qemu-virt-gicv2-viommu", machine=",gic-version=2",
         devices=VIOMMU + ARM_DEVS, iommus=VIOMMU_AT_02),
    *[dict(name=f"acpi-smmuv3-iort-rev{r}", kind="acpi", topology="qemu-virt-smmuv3",
           machine=",iommu=smmuv3", devices=ARM_DEVS, iommus=SMMU_AT_9050000, iort=r)
      for r in (0, 3, 5)],
    dict(name="acpi-smmuv3-pxb-bypass", kind="acpi", topology="qemu-virt-smmuv3-pxb",
         machine=",iommu=smmuv3", devices=PXB_DEVS, iommus=SMMU_AT_9050000, iort=3),
    # No IOMMU (`iommus: {}`): every device bypasses translation, MSIs still go to the ITS.
    dict(name="dt-no-iommu", kind="dt", topology="qemu-virt", machine="", devices=ARM_DEVS, iommus={}),
    dict(name="acpi-no-iommu", kind="acpi", topology="qemu-virt", machine="", devices=ARM_DEVS, iommus={}, iort=3),
    dict(name="x86-q35-viot", kind="x86", topology="qemu-q35-viommu", machine="",
         devices=VIOMMU + ["-device", f"{RNG},bus=pcie.0,addr=03.0", "-device", f"{RNG},bus=pcie.0,addr=04.0"],
         iommus=VIOMMU_AT_02,
         # QEMU 7.2 (Debian bookworm's) sizes the VIOT's PCI range to the buses present at boot,
         # bus 0 here (BDFs 0x0000-0x00ff); the example covers the whole host bridge. The same
         # layout is the example with that range.
         edit=(r"rids: \[0x0000, 0xffff\]", "rids: [0x0000, 0x00ff]")),
    # Negative: dt-viommu with RID 00:03.0 moved out of the iommu-map after compiling. It holds
    # only when the comparison fails, and only for that device.
    dict(name="negative-dt-rid-out-of-iommu-map", kind="dt", topology="qemu-virt-viommu",
         machine="", devices=VIOMMU + ARM_DEVS, iommus=VIOMMU_AT_02,
         drop_rid=0x18, expect_fail=["0000:00:03.0"]),
]


def sh(*cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


# ---------- initramfs: newc cpio written here, so the host needs no cpio for it ----------
def cpio(entries):
    """entries: (path, mode, data) in order; returns an uncompressed newc archive."""
    out = bytearray()
    def put(name, mode, data, ino):
        n = name.encode() + b"\0"
        fields = [ino, mode, 0, 0, 1, 0, len(data), 0, 0, 0, 0, len(n), 0]
        out.extend(b"070701" + b"".join(b"%08X" % f for f in fields) + n)
        out.extend(b"\0" * (-len(out) % 4)); out.extend(data); out.extend(b"\0" * (-len(out) % 4))
    for ino, (name, mode, data) in enumerate(entries, 1):
        put(name, mode, data, ino)
    put("TRAILER!!!", 0, b"", 0)
    return bytes(out)


def modinfo_depends(ko):
    m = re.search(rb"(?:^|\0)depends=([^\0]*)\0", ko)
    return [d for d in (m.group(1).decode().split(",") if m else []) if d]


def module_closure(moddir, wanted):
    """The .ko files for `wanted` and what they depend on (modinfo `depends`: the deb carries no
    modules.dep), in load order, decompressed."""
    index = {}
    for dirpath, _, files in os.walk(moddir):
        for f in files:
            if f.endswith(".ko.xz"):
                index[f[:-6].replace("-", "_")] = os.path.join(dirpath, f)
    order, blobs = [], {}
    def visit(name):
        name = name.replace("-", "_")
        if name in blobs: return
        if name not in index: raise SystemExit(f"guest-test: module {name} not in {moddir}")
        with open(index[name], "rb") as fh:
            blobs[name] = lzma.decompress(fh.read())
        for dep in modinfo_depends(blobs[name]): visit(dep)
        order.append(name)
    for w in wanted: visit(w)
    return [(n, blobs[n]) for n in order]


def initramfs(arch, init_name="init", modules=("virtio_iommu", "virtio_rng")):
    """The guest's initramfs: busybox, `init_name` (a script beside this file) as /init and the
    modules it loads with their dependencies (Tests/Guest/record_tables.py uses its own init)."""
    with open(os.path.join(HERE, init_name), "rb") as f: init = f.read()
    # Named after the init script's hash, so that editing it rebuilds the archive.
    path = os.path.join(CACHE, f"initramfs-{arch}-{hashlib.sha256(init).hexdigest()[:12]}.cpio")
    if os.path.exists(path): return path
    root = os.path.join(CACHE, arch)
    (moddir,) = [os.path.join(root, "lib", "modules", d) for d in os.listdir(os.path.join(root, "lib", "modules"))]
    mods = module_closure(moddir, list(modules))
    with open(os.path.join(root, "bin", "busybox"), "rb") as f: busybox = f.read()
    entries = [(d, 0o40755, b"") for d in ("bin", "dev", "proc", "sys", "modules")]
    entries += [("bin/busybox", 0o100755, busybox), ("init", 0o100755, init),
                ("modules.load", 0o100644, "".join(n + "\n" for n, _ in mods).encode())]
    entries += [(f"modules/{n}.ko", 0o100644, b) for n, b in mods]
    with open(path + ".tmp", "wb") as f: f.write(cpio(entries))
    os.replace(path + ".tmp", path)
    return path


def kernel(arch):
    boot = os.path.join(CACHE, arch, "boot")
    return os.path.join(boot, next(f for f in os.listdir(boot) if f.startswith("vmlinuz")))


# ---------- firmware from topoc ----------
def topoc_compile(topology_yaml, out, base=None):
    cmd = [TOPOC, "compile", topology_yaml, "-o", out] + (["--base", base] if base else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"topoc compile failed: {' '.join(cmd)}\n{r.stdout}{r.stderr}")


def variant(s, work, pattern, replacement):
    """The scenario's topology with one edit, written under its run folder."""
    with open(os.path.join(ROOT, "Topologies", s["topology"] + ".yaml")) as f: text = f.read()
    text, n = re.subn(pattern, replacement, text, flags=re.M)
    if n != 1: raise RuntimeError(f"{s['topology']}: {pattern!r} does not match once")
    path = os.path.join(work, s["topology"] + ".yaml")
    with open(path, "w") as f: f.write(text)
    return path


def drop_rid_from_iommu_map(dtb, rid):
    """The defect of the negative scenario: split the host bridge's iommu-map around `rid`."""
    node = next(n for n in sh("fdtget", "-l", dtb, "/", text=True).stdout.split() if n.startswith("pcie@"))
    cells = [int(c) for c in sh("fdtget", "-t", "u", dtb, "/" + node, "iommu-map", text=True).stdout.split()]
    out = []
    for i in range(0, len(cells), 4):
        first, ph, oid, count = cells[i:i + 4]
        if first <= rid < first + count:
            if rid > first: out += [first, ph, oid, rid - first]
            if rid + 1 < first + count: out += [rid + 1, ph, oid + rid + 1 - first, first + count - rid - 1]
        else:
            out += [first, ph, oid, count]
    if out == cells: raise RuntimeError(f"RID {rid:#x} is not in the iommu-map")
    sh("fdtput", "-t", "u", dtb, "/" + node, "iommu-map", *map(str, out))


# ---------- one boot ----------
# Endpoints whose driver probes before the IOMMU module is loaded wait in deferred probe; Linux
# stops waiting after 10 s by default, which a slow (TCG, loaded) boot can pass before init runs.
CMDLINE = "panic=-1 loglevel=4 deferred_probe_timeout=600"

def qemu_cmd(s, work, dtb=True):
    if s["kind"] == "x86":
        return ["qemu-system-x86_64", "-M", "q35" + s["machine"], "-cpu", "qemu64", "-m", "512", "-vga", "none",
                "-kernel", kernel("amd64"), "-initrd", initramfs("amd64"),
                "-append", "console=ttyS0 " + CMDLINE] + s["devices"]
    base = ["qemu-system-aarch64", "-M", "virt,gic-version=3" + s["machine"], "-cpu", "cortex-a57",
            "-m", "512"] + s["devices"]
    append = "console=ttyAMA0 " + CMDLINE
    if s["kind"] == "dt":
        return base + ["-kernel", kernel("arm64"), "-initrd", initramfs("arm64"), "-append", append] + (
            ["-dtb", os.path.join(work, "guest.dtb")] if dtb else [])
    return base + ["-bios", "/usr/share/AAVMF/AAVMF_CODE.fd", "-kernel", kernel("arm64"),
                   "-initrd", os.path.join(work, "initrd"), "-append", append + " acpi=force"]


COMMON = ["-display", "none", "-monitor", "none", "-nic", "none", "-no-reboot", "-smp", "1"]


def prepare(s, work):
    """topoc's firmware for the scenario; returns (endpoints, expected tables)."""
    topo = os.path.join(ROOT, "Topologies", s["topology"] + ".yaml")
    out = os.path.join(work, "topoc")
    if s["kind"] == "dt":
        qemu_dtb = os.path.join(work, "qemu.dtb")
        cmd = qemu_cmd(s, work, dtb=False)  # QEMU's own tree for the same machine
        cmd[cmd.index("-M") + 1] += ",dumpdtb=" + qemu_dtb
        sh(*cmd, *COMMON, timeout=60)
        topoc_compile(topo, out, base=qemu_dtb)
        guest_dtb = os.path.join(work, "guest.dtb")
        sh("dtc", "-q", "-I", "dtb", "-O", "dtb", "-o", guest_dtb, os.path.join(out, s["topology"] + ".dtb"))
        if "drop_rid" in s: drop_rid_from_iommu_map(guest_dtb, s["drop_rid"])
        tables = {}
    elif s["kind"] == "acpi":
        # The IORT revision asked for, and an OEM revision above QEMU's 1 so that Linux's initrd
        # table upgrade replaces QEMU's IORT with topoc's.
        topoc_compile(variant(s, work, r"^acpi: \{ ", f"acpi: {{ oem-revision: 2, iort-revision: {s['iort']}, "), out)
        with open(os.path.join(out, "IORT.aml"), "rb") as f: iort = f.read()
        upgrade = cpio([("kernel", 0o40755, b""), ("kernel/firmware", 0o40755, b""),
                        ("kernel/firmware/acpi", 0o40755, b""),
                        ("kernel/firmware/acpi/IORT.aml", 0o100644, iort)])
        with open(initramfs("arm64"), "rb") as f: rest = f.read()
        with open(os.path.join(work, "initrd"), "wb") as f: f.write(upgrade + rest)
        tables = {"IORT": iort}
    else:  # x86: QEMU's own VIOT must be topoc's for the same layout
        topoc_compile(variant(s, work, *s["edit"]) if "edit" in s else topo, out)
        with open(os.path.join(out, "VIOT.aml"), "rb") as f: tables = {"VIOT": f.read()}
    with open(os.path.join(out, "endpoints.json")) as f:
        return json.load(f)["endpoints"], tables


def boot(s, work):
    log = os.path.join(work, "serial.log")
    cmd = qemu_cmd(s, work) + COMMON + ["-serial", "file:" + log]
    with open(os.path.join(work, "qemu.cmd"), "w") as f: f.write(" ".join(cmd) + "\n")
    try:
        subprocess.run(cmd, timeout=BOOT_TIMEOUT[s["kind"]], capture_output=True, check=False)
    except subprocess.TimeoutExpired:
        pass  # judged below: no TOPOC-END in the log
    with open(log, errors="replace") as f: return f.read()


# ---------- the comparison ----------
def parse_guest(text):
    if "TOPOC-END" not in text: return None
    devices, tables, logs, resv = {}, {}, [], {}
    for line in text.splitlines():
        line = line.strip("\r")
        if m := re.match(r"TOPOC-PCI (\S+) group=(\S+) iommu=(\S+) driver=(\S+) id=(\S+)", line):
            devices[m.group(1)] = tuple(None if v == "none" else v for v in m.group(2, 3, 4, 5))
        elif m := re.match(r"TOPOC-RESV (\S+) 0x([0-9a-f]+) 0x([0-9a-f]+) (\S+)", line):
            resv.setdefault(m.group(1), set()).add((int(m.group(2), 16), int(m.group(3), 16), m.group(4)))
        elif m := re.match(r"TOPOC-TABLE (\S+) ([0-9a-f]*)", line):
            tables[m.group(1)] = bytes.fromhex(m.group(2))
        elif line.startswith("TOPOC-LOG "):
            logs.append(line[10:])
        elif line.startswith("TOPOC-INSMOD-FAILED"):
            logs.append("FW_BUG-like setup failure: " + line)
    return devices, tables, logs, resv


def expected_record(endpoints, bdf):
    seg, bus, devfn = bdf.split(":")
    dev, fn = devfn.split(".")
    seg, rid = int(seg, 16), int(bus, 16) << 8 | int(dev, 16) << 3 | int(fn, 16)
    for e in endpoints:
        if e.get("segment") == seg and e["rids"][0] <= rid <= e["rids"][1]:
            return e
    return None  # no record: nothing translates it


def expected_iommu(endpoints, bdf):
    e = expected_record(endpoints, bdf)
    return e["iommu"] if e else None


def compare(s, endpoints, tables, guest):
    """Failures as (device or table, expected, seen)."""
    devices, seen_tables, logs, resv = guest
    fails = []
    # Linux sets up a device's translation when a driver binds to it (dma_configure), so only
    # devices with a driver are judged; every endpoint the scenario plugs has one (virtio-rng).
    rngs = [b for b, (_, _, drv, pid) in devices.items() if pid in ("0x1af4:0x1005", "0x1af4:0x1044") and drv]
    plugged = sum(d.startswith(RNG) for d in s["devices"])
    if len(rngs) != plugged:
        fails.append(("pci", f"{plugged} virtio-rng endpoints with a driver", f"{len(rngs)}"))
    for bdf, (group, link, driver, _) in sorted(devices.items()):
        if driver is None: continue
        want = expected_iommu(endpoints, bdf)
        if want is None:
            if group is not None:
                fails.append((bdf, "no IOMMU group (bypass)", f"group {group}, iommu {link}"))
        elif group is None or link is None or s["iommus"][want] not in link + "/":
            fails.append((bdf, f"a group of {want} ({s['iommus'][want]})", f"group {group}, iommu {link}"))
        else:
            # The MSI doorbells the VMM's virtio-iommu reported (PROBE) are topoc's msi regions.
            msi = {(int(r["base"], 16), int(r["last"], 16)) for r in expected_record(endpoints, bdf)["reserved"] if r["kind"] == "msi"}
            seen = {(a, b) for a, b, kind in resv.get(group, set()) if kind == "msi"}
            if msi and seen != msi:
                fails.append((bdf, f"msi regions {sorted(msi)}", f"{sorted(seen)} in group {group}"))
    for name, blob in tables.items():
        got = seen_tables.get(name)
        if got != blob:
            where = "absent" if got is None else f"{len(got)} bytes, first difference at offset " + str(
                next((i for i, (a, b) in enumerate(zip(got, blob)) if a != b), min(len(got), len(blob))))
            fails.append((f"table {name}", f"topoc's {len(blob)} bytes", where))
    for line in logs:
        # An SMMU event means the VMM translated a stream the firmware gave Linux no entry for.
        if re.search(r"fw_bug|firmware bug|setup failure|arm-smmu-v3 .*: event 0x", line, re.I):
            fails.append(("dmesg", "no FW_BUG / firmware bug line", line))
    return fails


def run(s):
    work = os.path.join(RUN, s["name"])
    shutil.rmtree(work, ignore_errors=True); os.makedirs(work)
    start = time.monotonic()
    try:
        endpoints, tables = prepare(s, work)
        text = boot(s, work)
        if "TOPOC-END" not in text:
            # One retry, for a boot that ran out of time (a TCG guest on a host whose cores other
            # jobs hold can take several times its usual ~15 s); the first log is kept.
            os.replace(os.path.join(work, "serial.log"), os.path.join(work, "serial.log.1"))
            print(f"{s['name']}: no end marker within {BOOT_TIMEOUT[s['kind']]} s; booting once more", flush=True)
            text = boot(s, work)
    except (RuntimeError, subprocess.SubprocessError, OSError) as e:
        if isinstance(e, subprocess.CalledProcessError) and e.stderr:
            e = RuntimeError(f"{e.cmd[0]} failed: {e.stderr.decode(errors='replace').strip()}")
        return s, time.monotonic() - start, [("setup", "firmware built and QEMU started", str(e).strip())], None
    guest = parse_guest(text)
    if guest is None:
        fails = [("boot", f"TOPOC-END within {BOOT_TIMEOUT[s['kind']]} s", "no end marker (see serial.log)")]
    else:
        fails = compare(s, endpoints, tables, guest)
    return s, time.monotonic() - start, fails, guest


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="", help="comma-separated scenario names")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    chosen = [s for s in SCENARIOS if not a.only or s["name"] in a.only.split(",")]
    if a.list or not chosen:
        print("\n".join(s["name"] for s in SCENARIOS)); return 0 if a.list else 2
    initramfs("arm64"); initramfs("amd64")
    t0 = time.monotonic(); bad = 0
    print(f"{'scenario':36} {'result':6} {'time':>6}  devices")
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        for s, secs, fails, guest in pool.map(run, chosen):
            ndev = len(guest[0]) if guest else 0
            if "expect_fail" in s:
                caught = sorted(d for d, _, _ in fails)
                ok = caught == s["expect_fail"]
                note = f"caught {caught}" if ok else f"expected failures {s['expect_fail']}, got {caught}"
            else:
                ok, note = not fails, ""
            bad += not ok
            print(f"{s['name']:36} {'pass' if ok else 'FAIL':6} {secs:5.1f}s  {ndev} {note}", flush=True)
            if not ok or "expect_fail" in s:
                for dev, want, seen in fails:
                    print(f"  {s['name']}: {dev}: expected {want}; guest: {seen}")
                if not ok: print(f"  log: {os.path.relpath(os.path.join(RUN, s['name'], 'serial.log'), ROOT)}")
    print(f"guest-test: {len(chosen) - bad} passed, {bad} failed in {time.monotonic() - t0:.0f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
