#!/usr/bin/env python3
"""Consumer suite: runs the programs offices and CI systems use on banhui's outputs and checks
that the plan's text survives each of them.

usage: check.py BANHUI_BINARY

For the bundled example and the hostile plan beside this script it exports every document
(DOCX, ODT, XLSX, ICS) and runs: pandoc, python-docx, mammoth (no warning beyond those
python-docx's own template gets), docx2python, LibreOffice (PDF text and title, CSV of every
sheet), icalendar (and a re-export after a time change), and for `banhui quota` jsonschema with
the vendored SARIF 2.1.0 schema plus GitHub's URI rules, and xmllint with the vendored
junit-10.xsd. Prints one line per check and `N passed, N failed` at the end; exit 1 on any
failure. A missing consumer fails under CI=true and is reported as skipped elsewhere.
"""
import csv, glob, html, io, json, os, re, shutil, subprocess, sys, tempfile, urllib.parse

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"example": os.path.join(ROOT, "examples", "county-office-meeting"), "hostile": os.path.join(HERE, "hostile")}
IN_CI = os.environ.get("CI") == "true"
results = {"passed": 0, "failed": 0, "skipped": 0}


def check(name, ok, detail=""):
    results["passed" if ok else "failed"] += 1
    print(("ok     " if ok else "FAIL   ") + name + ("" if ok or not detail else f": {detail}"))
    return ok


def missing(consumer):
    """A consumer that is not installed: a failure in CI, a skip elsewhere."""
    if IN_CI:
        check(f"{consumer} is installed", False, "CI must install every consumer (.ci/run)")
    else:
        results["skipped"] += 1
        print(f"skip   {consumer} is not installed")


def squash(text):
    """Text without any white space (line breaks, U+3000 padding of two-character names) and
    without the invisible word joiners (U+2060) that keep dates and numbers unbroken."""
    return re.sub(r"\s+", "", text.replace("\u3000", " ").replace("\u2060", ""))


def missing_texts(haystack, needles):
    flat = squash(haystack)
    return [n for n in needles if squash(n) not in flat]


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


# --- what each document must contain ------------------------------------------------------------

def expectations(banhui, plan_dir):
    import yaml
    plan_file = os.path.join(plan_dir, "meeting.yaml")
    plan = yaml.safe_load(open(plan_file, encoding="utf-8"))
    seated = list(csv.DictReader(io.StringIO(run([banhui, "seat", plan_file, "--format", "csv"]).stdout)))
    title = plan["meeting"]["title"]
    names = [row["name"] for row in seated if row["name"]]
    units = sorted({row["unit"] for row in seated if row["unit"]})
    agenda = [item["item"] for item in plan.get("agenda", [])]
    return {
        "title": title,
        "seat_order": names,
        "docs": {
            "notice": [title] + agenda + [plan["notice"]["purpose"]],
            "agenda": [title] + agenda,
            "seating": [title] + names,
            "cards": names,
            "signin": [title] + names + units,
        },
    }


# --- DOCX readers -------------------------------------------------------------------------------

# A warning's kind without the name it is about: python-docx's own template already has paragraph
# styles mammoth does not map ("Unrecognised paragraph style: Body Text"), so a 公文 style such as
# 表头 is a warning of the same kind, not one of banhui's own.
def warning_kind(message):
    return re.sub(r"^(Unrecognised (paragraph|run|table) style): .*$", r"\1", message)


# The 桌签's turned face is WordArt (VML `v:textpath`, as Word writes it), which mammoth does not
# read; the upright face carries the same name in plain text, and `missing_texts` checks it is read.
MAMMOTH_UNREAD = {"An unrecognised element was ignored: v:textpath"}


def allowed_mammoth_warnings(work):
    """The warnings mammoth gives on python-docx's own output: a paragraph in every paragraph
    style of python-docx's default template, and a table."""
    import docx, mammoth
    document = docx.Document()
    for style in document.styles:
        if style.type == 1:
            document.add_paragraph(f"text in {style.name}", style=style)
    document.add_table(rows=2, cols=2).cell(0, 0).text = "cell"
    path = os.path.join(work, "python-docx-own.docx")
    document.save(path)
    with open(path, "rb") as f:
        return {m.message for m in mammoth.convert_to_html(f).messages}


def docx_text_python_docx(path):
    import docx
    document = docx.Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts), document.core_properties.title


def check_docx_readers(label, files, expect, allowed):
    try:
        import docx  # noqa: F401
        have_docx = True
    except ImportError:
        have_docx = False
        missing("python-docx")
    try:
        import mammoth
    except ImportError:
        mammoth = None
        missing("mammoth")
    try:
        from docx2python import docx2python
    except ImportError:
        docx2python = None
        missing("docx2python")
    pandoc = shutil.which("pandoc")
    if not pandoc:
        missing("pandoc")
    for path in files:
        kind = os.path.basename(path).split(".")[0]
        needles = expect["docs"][kind]
        name = f"{label}/{os.path.basename(path)}"
        # pandoc's ODT reader drops drawing frames, where cards.odt keeps its (real text) names;
        # LibreOffice's rendering of cards.odt is checked instead.
        if pandoc and not path.endswith("cards.odt"):
            # HTML keeps each table cell's text whole (the plain writer wraps cells into grid
            # lines and gives up on tables with spanning cells); tags are dropped below.
            out = run([pandoc, "-s", "-t", "html", path])
            out.stdout = html.unescape(re.sub(r"<[^>]+>", " ", out.stdout))
            lost = missing_texts(out.stdout, needles)
            check(f"pandoc reads {name}", out.returncode == 0 and not lost, out.stderr.strip() or f"lost {lost}")
        if path.endswith(".odt"):
            continue
        if have_docx:
            text, title = docx_text_python_docx(path)
            lost = missing_texts(text, needles)
            check(f"python-docx reads {name}", not lost, f"lost {lost}")
            check(f"python-docx finds the title of {name}", bool(title) and squash(expect["title"]) in squash(title), repr(title))
        if mammoth:
            with open(path, "rb") as f:
                converted = mammoth.convert_to_html(f)
            extra = {warning_kind(m.message) for m in converted.messages} - {warning_kind(m) for m in allowed} - MAMMOTH_UNREAD
            lost = missing_texts(html.unescape(re.sub(r"<[^>]+>", "\n", converted.value)), needles)
            check(f"mammoth reads {name} without warnings of its own", not extra and not lost, f"warnings {sorted(extra)} lost {lost}")
        if docx2python:
            try:
                with docx2python(path) as content:
                    text = content.text
                lost = missing_texts(text, needles)
                check(f"docx2python reads {name}", not lost, f"lost {lost}")
            except Exception as error:  # a crash is the finding
                check(f"docx2python reads {name}", False, repr(error))


# --- LibreOffice --------------------------------------------------------------------------------

def soffice(args, cwd):
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    profile = "file://" + os.path.join(cwd, "lo-profile")
    return run([binary, f"-env:UserInstallation={profile}", "--headless", *args], cwd=cwd, timeout=900)


def check_libreoffice(label, out_dir, expect, work):
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        return missing("LibreOffice (soffice)")
    if not shutil.which("pdftotext"):
        return missing("pdftotext (poppler-utils)")
    pdf_dir = os.path.join(work, f"pdf-{label}")
    documents = sorted(glob.glob(os.path.join(out_dir, "*.docx")) + glob.glob(os.path.join(out_dir, "*.odt")))
    soffice(["--convert-to", "pdf", "--outdir", pdf_dir, *documents], work)
    for path in documents:
        base = os.path.basename(path)
        pdf = os.path.join(pdf_dir, os.path.splitext(base)[0] + ".pdf")
        if base.endswith(".odt"):  # same stem as the DOCX: render it separately
            pdf_odt = os.path.join(work, f"pdf-{label}-odt")
            soffice(["--convert-to", "pdf", "--outdir", pdf_odt, path], work)
            pdf = os.path.join(pdf_odt, os.path.splitext(base)[0] + ".pdf")
        if not os.path.exists(pdf):
            check(f"LibreOffice renders {label}/{base}", False, "no PDF")
            continue
        text = run(["pdftotext", pdf, "-"]).stdout
        lost = missing_texts(text, expect["docs"][base.split(".")[0]])
        check(f"LibreOffice renders {label}/{base} with its text", not lost, f"lost {lost}")
        if base.startswith("notice."):
            # Outline levels become PDF bookmarks: the title and the 一、 headings.
            data = open(pdf, "rb").read()
            marks = [bytes.fromhex(m.group(1).decode()).decode("utf-16-be") for m in re.finditer(rb"/Title<FEFF([0-9A-F]+)>", data)]
            check(f"the PDF of {label}/{base} has bookmarks for its headings", b"/Outlines" in data and "一、会议时间" in marks, str(marks))
        info = run(["pdfinfo", pdf]).stdout
        title = next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Title:")), "")
        check(f"the PDF of {label}/{base} has the document's title", squash(expect["title"]) in squash(title), repr(title))

    csv_dir = os.path.join(work, f"csv-{label}")
    sheets = sorted(glob.glob(os.path.join(out_dir, "*.xlsx")))
    # 44,34,76,1,,0,false,true,false,false,false,-1: comma, quote, UTF-8, every sheet to its own file.
    soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
             "--outdir", csv_dir, *sheets], work)
    listing = os.path.join(csv_dir, "seating-名单.csv")
    if check(f"LibreOffice Calc opens {label}/seating.xlsx", os.path.exists(listing), str(os.listdir(csv_dir) if os.path.isdir(csv_dir) else [])):
        rows = list(csv.reader(open(listing, encoding="utf-8")))
        names = [row[3] for row in rows[2:] if len(row) > 3]
        check(f"Calc reads {label}/seating.xlsx's names in seating order", names == expect["seat_order"], f"{names} != {expect['seat_order']}")
    signin = os.path.join(csv_dir, "signin-签到表.csv")
    if check(f"LibreOffice Calc opens {label}/signin.xlsx", os.path.exists(signin)):
        rows = list(csv.reader(open(signin, encoding="utf-8")))
        start = next(i for i, row in enumerate(rows) if row and row[0] == "序号")
        names = [row[2] for row in rows[start + 1:]]
        try:
            import docx
            table = docx.Document(os.path.join(out_dir, "signin.docx")).tables[0]
            expected = [row.cells[2].text for row in table.rows[1:] if row.cells[2].text]
        except ImportError:
            expected = names
        check(f"Calc reads {label}/signin.xlsx's names in the 签到表's order", names == expected, f"{names} != {expected}")


# --- iCalendar ----------------------------------------------------------------------------------

def check_calendar(label, banhui, plan_dir, out_dir, work):
    try:
        import icalendar
    except ImportError:
        return missing("icalendar")
    def events(path):
        calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
        return [e for e in calendar.walk("VEVENT")]
    first = events(os.path.join(out_dir, "meeting.ics"))
    uids = [str(e["UID"]) for e in first]
    check(f"icalendar parses {label}/meeting.ics", bool(first) and len(set(uids)) == len(uids), f"UIDs {uids}")
    starts = [(e.decoded("DTSTART"), e.decoded("DTEND") if "DTEND" in e else None) for e in first]
    check(f"{label}: no event repeats another's time (a slot at the meeting's time is the meeting)", len(set(starts)) == len(starts), str(starts))
    # Re-export with the meeting an hour later: same UID, higher SEQUENCE, so it replaces the old one.
    moved_dir = os.path.join(work, f"moved-{label}")
    shutil.copytree(plan_dir, moved_dir)
    plan = os.path.join(moved_dir, "meeting.yaml")
    text = open(plan, encoding="utf-8").read()
    text = text.replace("start: 2026-12-03 09:00", "start: 2026-12-03 10:00").replace("end: 2026-12-03 11:30", "end: 2026-12-03 12:00")
    open(plan, "w", encoding="utf-8").write(text)
    moved_out = os.path.join(work, f"moved-out-{label}")
    # The moved plan is the next version of the first (docs/documents.md: SEQUENCE is the position in
    # the --changes-from chain), as an office re-exports after a change.
    run([banhui, "export", plan, "--out", moved_out, "--only", "ics", "--changes-from", os.path.join(plan_dir, "meeting.yaml")])
    second = events(os.path.join(moved_out, "meeting.ics"))
    merged = {}
    for event in first + second:  # what a calendar keeps: per UID the highest SEQUENCE
        uid = str(event["UID"])
        if uid not in merged or int(event.get("SEQUENCE", 0)) > int(merged[uid].get("SEQUENCE", 0)):
            merged[uid] = event
    meeting_uid = str(first[0]["UID"])
    kept = merged.get(meeting_uid)
    check(f"{label}: importing the moved meeting keeps one, updated event",
          meeting_uid == str(second[0]["UID"]) and kept is not None and kept.decoded("DTSTART").hour == 10,
          f"{meeting_uid} vs {second[0]['UID']}, kept {kept and kept.decoded('DTSTART')}")
    other = os.path.join(work, f"other-{label}.yaml")
    open(other, "w", encoding="utf-8").write(text.replace("organizer:", "organizer: 另一机关", 1).replace("organizer: 另一机关 ", "organizer: 另一机关"))
    shutil.copy(other, plan)
    other_out = os.path.join(work, f"other-out-{label}")
    run([banhui, "export", plan, "--out", other_out, "--only", "ics"])
    third = events(os.path.join(other_out, "meeting.ics"))
    check(f"{label}: another organizer's meeting with the same id has another UID", str(third[0]["UID"]) != meeting_uid, str(third[0]["UID"]))


# --- quota reports ------------------------------------------------------------------------------

URI_REFERENCE = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*$")


def check_sarif(name, path, work_dir):
    try:
        import jsonschema
    except ImportError:
        return missing("jsonschema")
    schema = json.load(open(os.path.join(ROOT, "schemas", "ci", "sarif-schema-2.1.0.json")))
    sarif = json.load(open(path, encoding="utf-8"))
    errors = sorted(jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(sarif), key=str)
    check(f"{name}: valid against the SARIF 2.1.0 schema", not errors, "; ".join(e.message for e in errors[:3]))
    run_ = sarif["runs"][0]
    driver = run_["tool"]["driver"]
    bases = run_.get("originalUriBaseIds", {})
    problems = []
    if run_.get("columnKind") not in ("unicodeCodePoints", "utf16CodeUnits"):
        problems.append("no columnKind")
    if not driver.get("version") or not driver.get("informationUri", "").startswith("https://"):
        problems.append("driver version or informationUri")
    rule_ids = [rule["id"] for rule in driver.get("rules", [])]
    if any(not rule.get("helpUri", "").startswith("https://") for rule in driver.get("rules", [])):
        problems.append("a rule without helpUri")
    for base_id, base in bases.items():
        if not (base["uri"].startswith("file:///") and base["uri"].endswith("/") and URI_REFERENCE.match(base["uri"][7:])):
            problems.append(f"base {base_id} {base['uri']}")
    for result in run_["results"]:
        if result["ruleId"] not in rule_ids:
            problems.append(f"result of unknown rule {result['ruleId']}")
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        uri = location["uri"]
        if "uriBaseId" in location:
            if location["uriBaseId"] not in bases or uri.startswith("/") or ":" in uri.split("/")[0] or not URI_REFERENCE.match(uri):
                problems.append(f"relative uri {uri}")
                continue
            file = urllib.parse.unquote(urllib.parse.urlparse(bases[location["uriBaseId"]]["uri"]).path) + urllib.parse.unquote(uri)
        elif uri.startswith("file:///") and URI_REFERENCE.match(uri[7:]):
            file = urllib.parse.unquote(uri[7:])
        else:
            problems.append(f"uri {uri}")
            continue
        if not os.path.exists(file):
            problems.append(f"{uri} names no file ({file})")
    check(f"{name}: GitHub's URI rules, columnKind, version, rule help", not problems, "; ".join(problems[:5]))


def failing_cases(sarif_path, fail_on):
    """(file, rule) pairs with a finding at or above the fail level: JUnit's failing test cases."""
    levels = {"error": ["error"], "warning": ["error", "warning"]}[fail_on]
    results = json.load(open(sarif_path, encoding="utf-8"))["runs"][0]["results"]
    return len({(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"]) for r in results
                if r["level"] in levels and not r["ruleId"].startswith(("PLAN", "YAML", "ROSTER"))})


def check_junit(name, path, failures):
    if not shutil.which("xmllint"):
        return missing("xmllint")
    out = run(["xmllint", "--noout", "--schema", os.path.join(ROOT, "schemas", "ci", "junit-10.xsd"), path])
    check(f"{name}: valid against junit-10.xsd", out.returncode == 0, out.stderr.strip()[:300])
    text = open(path, encoding="utf-8").read()
    found = re.search(r'<testsuite [^>]*failures="(\d+)"', text)
    check(f"{name}: {failures} failing test case(s)", found is not None and int(found.group(1)) == failures, found and found.group(0))


def check_quota(banhui, work):
    folder = os.path.join(work, "plans 100%,q:x")
    shutil.copytree(PLANS["example"], os.path.join(folder, "county"))
    shutil.copytree(os.path.join(ROOT, "Tests", "CLITests", "Fixtures", "quota", "warnings"), os.path.join(folder, "warnings"))
    for fail_on, status in (("error", 0), ("warning", 1)):
        sarif, junit = os.path.join(work, f"q-{fail_on}.sarif"), os.path.join(work, f"q-{fail_on}.xml")
        out = run([banhui, "quota", folder, "--fail-on", fail_on, "--format", "sarif", "--output", sarif, "--format", "junit", "--output", junit], cwd=work)
        check(f"quota --fail-on {fail_on} on an absolute folder exits {status}", out.returncode == status, out.stderr)
        check_sarif(f"SARIF of an absolute folder (--fail-on {fail_on})", sarif, work)
        failures = failing_cases(sarif, fail_on)
        if fail_on == "warning":
            check("the warnings fixture fails at --fail-on warning (the JUnit check is not vacuous)", failures > 0)
        check_junit(f"JUnit of an absolute folder (--fail-on {fail_on})", junit, failures)
    broken = os.path.join(folder, "broken.yaml")
    open(broken, "w", encoding="utf-8").write("version: 1\nmeeting: {id: b, title: 坏计划, start: 2026-12-03 09:00, end: 2026-12-03 10:00}\nstaf: 3\n")
    sarif, junit = os.path.join(work, "broken.sarif"), os.path.join(work, "broken.xml")
    out = run([banhui, "quota", folder, "--format", "sarif", "--output", sarif, "--format", "junit", "--output", junit], cwd="/")
    check("quota with an input error exits 2 and still writes its reports", out.returncode == 2 and os.path.exists(sarif) and os.path.exists(junit), out.stderr)
    if os.path.exists(sarif):
        check_sarif("SARIF with an input error, run from /", sarif, "/")
        check("the input error is a result of its own rule", any(r["ruleId"] == "PLAN002" for r in json.load(open(sarif))["runs"][0]["results"]))
    if os.path.exists(junit):
        check_junit("JUnit with an input error", junit, 0)
        check("JUnit counts the unreadable plan as an error", 'errors="1"' in open(junit, encoding="utf-8").read())


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    banhui = os.path.abspath(argv[1])
    work = tempfile.mkdtemp(prefix="banhui-consumers-")
    try:
        try:
            allowed = allowed_mammoth_warnings(work)
        except ImportError:
            allowed = set()
        for label, plan_dir in PLANS.items():
            out_dir = os.path.join(work, f"out-{label}")
            exported = run([banhui, "export", os.path.join(plan_dir, "meeting.yaml"), "--out", out_dir, "--format", "docx,odt,xlsx"])
            if not check(f"export {label}", exported.returncode == 0, exported.stderr):
                continue
            expect = expectations(banhui, plan_dir)
            files = sorted(glob.glob(os.path.join(out_dir, "*.docx")) + glob.glob(os.path.join(out_dir, "*.odt")))
            check_docx_readers(label, files, expect, allowed)
            check_libreoffice(label, out_dir, expect, work)
            check_calendar(label, banhui, plan_dir, out_dir, work)
        check_quota(banhui, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary = f"{results['passed']} passed, {results['failed']} failed"
    print(summary + (f", {results['skipped']} skipped" if results["skipped"] else ""))
    return 1 if results["failed"] else 0


sys.exit(main(sys.argv))
