#!/usr/bin/env python3
"""Fuzzes whole builds: random courses made of grammar fragments and mutated real modules go
through `syllabus check`. Reports panics, exits other than 0 or 1, runs over 10 s (or over 3 s:
"slow"), more than 2 GB of memory, and problems whose `--> file:line:column` is not inside the
file. Each failing course is copied to `fuzz/artifacts/whole_builds/SEED/` with its output.

    cargo build --release
    python3 fuzz/whole_builds.py SECONDS [FIRST_SEED] [MORE_SEED_FOLDERS...]

Seeds are the Markdown of `example-course/` and `tests/fixtures/`, and of any folder given
(such as a lesson of another course). A run is reproducible from its seed number.
"""
import glob, os, random, re, resource, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("SYLLABUS_BIN", os.path.join(ROOT, "target/release/syllabus"))
WORK = tempfile.mkdtemp(prefix="syllabus-whole-builds-")
FOUND = os.path.join(ROOT, "fuzz/artifacts/whole_builds")

def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()

SEED_DIRS = [os.path.join(ROOT, "example-course"), os.path.join(ROOT, "tests/fixtures")] + sys.argv[3:]
SEEDS = [read(f) for d in SEED_DIRS for f in sorted(glob.glob(d + "/**/*.md", recursive=True))]
YAML_SEEDS = [read(f) for d in SEED_DIRS for f in sorted(glob.glob(d + "/**/course.yaml", recursive=True))]
UNIT_SEEDS = [read(f) for d in SEED_DIRS for f in sorted(glob.glob(d + "/**/_unit.yaml", recursive=True))]

FRAG = ["---\n", "---", "\n", "\r\n", "\r", "\t", "  ", "- ", ": ", ":", "#", "\"", "'", "[", "]",
        "{", "}", ",", "&a ", "*a", "&b [", "*b, ", "!!str ", "!!binary ", "? ", "|\n", ">-\n", "...\n",
        "title: ", "difficulty: ", "minutes: ", "tags: ", "objectives:\n", "keypoints: [",
        "prerequisites: [", "aliases: [", "id: ", "draft: true", "weight: -9", "description: ",
        "```quiz\n", "```\n", "~~~\n", "```rust\n", "```python\n", "```bash\n", "```zz\n", "````\n",
        "- question: ", "question: ", "  options:\n", "options:\n", "    - text: ", "  - text: ",
        "      correct: true\n", "    correct: true\n", "feedback: ", "type: ", "single", "multiple",
        "text", "number", "order", "truefalse", "answers: [", "answer: ", "items: [", "tolerance: ",
        "pattern: \"(\"", "pattern: ", "hint: ", "explanation: |\n  ", "shuffle: true\n",
        "## ", "# ", "### x {#id .c}\n", "[x](", ".md)", "../", "m1.md", "m0.md#", "](#", "![i](img.png)",
        "[^1]", "[^1]: n\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "$$\nx\n$$\n", "$x$", "> ", "> [!NOTE]\n",
        "> [!WARNING]\n", "- [ ] ", "1. ", "    ", "<div>", "</div>", "<script>", "<!--", "-->",
        "`", "**", "_", "~~", "\\", "&amp;", "&#0;", "é", "日本", "\u202e", "\u200b", "\ufeff", "\x00",
        "\x0b", "\x0c", "\u0085", "\u2028", "9999999999999999999999", "-1", "0", "1e309", ".nan", ".inf",
        "~", "null", "{{ x }}", "{% raw %}", "<https://x>", "javascript:alert(1)", "mailto:a",
        "http://", "/", "//x", "?", "%2e%2e/", "\\u0000", "\"\\u0000\"", "\"\\ud800\"",
        "<<: *a\n", "a: &a {b: 1}\n", "!<tag> ", "%YAML 1.2\n", "%TAG ! x\n"]

def frag_text(n):
    parts = []
    for _ in range(n):
        r = random.random()
        if r < 0.8:
            parts.append(random.choice(FRAG))
        elif r < 0.9:
            parts.append("".join(random.choice("abcxyz 019-_/.") for _ in range(random.randint(1, 10))))
        else:
            parts.append("".join(chr(random.choice([random.randint(0, 0x7f), random.randint(0x80, 0x2fff),
                                                     random.randint(0x10000, 0x10ffff)]))
                                 for _ in range(random.randint(1, 6))))
    return "".join(parts)

def mutate(text):
    ops = random.randint(1, 8)
    for _ in range(ops):
        op = random.random()
        pos = random.randint(0, len(text)) if text else 0
        if op < 0.3:
            text = text[:pos] + frag_text(random.randint(1, 6)) + text[pos:]
        elif op < 0.45:
            end = min(len(text), pos + random.randint(1, 40))
            text = text[:pos] + text[end:]
        elif op < 0.6:
            lines = text.split("\n")
            if len(lines) > 1:
                i = random.randrange(len(lines)); j = random.randrange(len(lines))
                lines.insert(j, lines[i])
                text = "\n".join(lines)
        elif op < 0.7:
            other = random.choice(SEEDS)
            a = random.randint(0, len(other)); b = min(len(other), a + random.randint(1, 400))
            text = text[:pos] + other[a:b] + text[pos:]
        elif op < 0.8:
            if random.random() < 0.1:
                lines = text.split("\n")
                random.shuffle(lines)
                text = "\n".join(lines)
        elif op < 0.9:
            # indentation / tab change
            text = text.replace("  ", random.choice(["\t", " ", "   ", "  "]), random.randint(1, 3))
        elif op < 0.97:
            text = text[:pos] + text[pos:pos + random.randint(1, 50)] * random.randint(2, 30) + text[pos:]
        else:
            text = text[:pos] + text[pos:pos + random.randint(1, 30)] * random.randint(100, 3000) + text[pos:]
    return text

QUIZ_SEEDS = []
for s in SEEDS:
    QUIZ_SEEDS += re.findall(r"```quiz\n(.*?)```", s, re.S)

def quiz_text():
    r = random.random()
    if r < 0.5 and QUIZ_SEEDS:
        return mutate(random.choice(QUIZ_SEEDS)) if random.random() < 0.7 else random.choice(QUIZ_SEEDS)
    kind = random.choice(["single", "multiple", "truefalse", "text", "number", "order", "zz"])
    q = [f"question: {frag_text(random.randint(1, 4))}", f"type: {kind}"]
    if random.random() < 0.6:
        q.append("options:")
        for _ in range(random.randint(0, 4)):
            q.append(f"  - text: {frag_text(random.randint(1, 3))}")
            if random.random() < 0.5: q.append("    correct: true")
            if random.random() < 0.2: q.append(f"    feedback: {frag_text(2)}")
    for key in ["answer", "answers", "pattern", "tolerance", "items", "hint", "explanation", "shuffle"]:
        if random.random() < 0.2:
            q.append(f"{key}: {frag_text(random.randint(1, 4))}")
    text = "\n".join(q)
    if random.random() < 0.3:
        text = "- " + text.replace("\n", "\n  ") + "\n- " + text.replace("\n", "\n  ")
    if random.random() < 0.3:
        text = mutate(text)
    return text

def module_text():
    r = random.random()
    if r < 0.45:
        return mutate(random.choice(SEEDS))
    if r < 0.7:
        fm = "title: T\nminutes: 3\nobjectives: [o]\n" + (frag_text(random.randint(0, 3)) if random.random() < 0.2 else "")
        body = []
        for _ in range(random.randint(1, 6)):
            k = random.random()
            if k < 0.4:
                body.append("```quiz\n" + quiz_text() + "\n```\n")
            elif k < 0.6:
                seed = random.choice(SEEDS); a = random.randint(0, len(seed))
                body.append(seed[a:a + random.randint(0, 600)])
            else:
                body.append(frag_text(random.randint(0, 20)))
        return f"---\n{fm}---\n" + "\n".join(body)
    if r < 0.85:
        fm = frag_text(random.randint(0, 20))
        body = frag_text(random.randint(0, 60))
        pre = random.choice(["title: T\n", "title: T\nminutes: 3\n", "", "title: T\nprerequisites: [u/m1]\n"])
        return f"---\n{pre}{fm}\n---\n{body}"
    return frag_text(random.randint(0, 50))

def course_yaml():
    r = random.random()
    if r < 0.5:
        return "title: Fuzz\n"
    if r < 0.8:
        return mutate(random.choice(YAML_SEEDS))
    return "title: Fuzz\n" + frag_text(random.randint(0, 30))

def make_course(d):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d + "/modules/u")
    files = {}
    files["course.yaml"] = course_yaml()
    if random.random() < 0.3:
        files["modules/u/_unit.yaml"] = mutate(random.choice(UNIT_SEEDS)) if random.random() < 0.7 else frag_text(10)
    for i in range(random.randint(1, 4)):
        files[f"modules/u/m{i}.md"] = module_text()
    for name, text in files.items():
        data = text.encode("utf-8", "surrogatepass") if random.random() < 0.97 else (text.encode("utf-8", "replace") + b"\xff\xfe")
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
    return files

def limit():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

LOC = re.compile(r"^\s*--> (.+?):(\d+):(\d+)\s*$", re.M)

def check_one(seed):
    random.seed(seed)
    d = os.path.join(WORK, "c")
    files = make_course(d)
    t0 = time.time()
    try:
        p = subprocess.run([BIN, "check", "--no-cache", d], capture_output=True, timeout=10, preexec_fn=limit,
                           env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "RUST_BACKTRACE": "1"})
    except subprocess.TimeoutExpired:
        return "timeout", "", time.time() - t0
    dt = time.time() - t0
    err = p.stderr.decode("utf-8", "replace") + p.stdout.decode("utf-8", "replace")
    if p.returncode not in (0, 1) or "panicked" in err:
        return f"crash rc={p.returncode}", err, dt
    for m in LOC.finditer(err):
        name, line, col = m.group(1), int(m.group(2)), int(m.group(3))
        path = os.path.join(d, name)
        if os.path.isfile(path):
            raw = open(path, "rb").read().decode("utf-8", "replace")
            raw = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
            lines = raw.split("\n")
            if not 1 <= line <= len(lines):
                return f"bad line {name}:{line} of {len(lines)}", err, dt
            if not 1 <= col <= len(lines[line - 1]) + 1:
                return f"bad column {name}:{line}:{col}", err, dt
    if dt > 3:
        return f"slow {dt:.1f}s", err[:2000], dt
    if p.returncode == 1 and "error" not in err:
        return "rc=1 without error", err, dt
    if "-->" not in err and p.returncode == 1 and "modules" not in err and "course.yaml" not in err:
        return "error without file", err, dt
    return None, err, dt

if __name__ == "__main__":
    budget = float(sys.argv[1])
    seed = start_seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    t_end = time.time() + budget
    runs, slowest, kinds = 0, 0.0, {}
    while time.time() < t_end:
        kind, out, dt = check_one(seed)
        runs += 1
        slowest = max(slowest, dt)
        if kind:
            key = kind.split(" of ")[0].split(" ")[0]
            kinds[key] = kinds.get(key, 0) + 1
            if kinds[key] <= 5:
                dst = os.path.join(FOUND, str(seed))
                shutil.rmtree(dst, ignore_errors=True)
                shutil.copytree(os.path.join(WORK, "c"), dst)
                with open(os.path.join(dst, "REPORT.txt"), "w") as f:
                    f.write(kind + "\n" + out)
                print(f"seed {seed}: {kind}", flush=True)
        seed += 1
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"{runs} courses (seeds {start_seed}..{seed - 1}) in {budget:.0f} s, "
          f"slowest {slowest:.2f} s, failures {sum(kinds.values())} {kinds or ''}")
    sys.exit(1 if kinds else 0)
