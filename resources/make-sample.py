#!/usr/bin/env python3
"""Generate resources/sample/: the bundled sample site of Storydesk.

The sample is a Jekyll-style folder of invented AI and technology stories from
invented publications (every domain ends in .example), in exactly the shape of a
real story file, plus the variants real folders contain: one story whose YAML is
broken, CRLF line endings, comments, a flow list, .txt and .markdown files.

The output is deterministic (fixed seed, stripped image metadata): re-running the
script reproduces the committed files byte for byte. Needs Python 3 and
ImageMagick's `convert`.

    python3 resources/make-sample.py          # rewrites resources/sample/
"""

import base64
import datetime
import hashlib
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

SEED = 20260930
SITE_URL = "https://news.storydesk.example"
OUT = Path(__file__).resolve().parent / "sample"
POSTS = "_posts"
STORY_IMAGES = "assets/images/stories"
PROVIDER_IMAGES = "assets/images/providers"
FONT = "DejaVu-Sans-Bold"

# name, domain, logo colour, URL style
PROVIDERS = [
    ("Harbor Ledger", "harborledger.example", "#1f4e79", "dated"),
    ("The Circuit Dispatch", "circuitdispatch.example", "#c62828", "section"),
    ("Meridian Tech Review", "meridiantechreview.example", "#00695c", "dated"),
    ("Northwind Courier", "northwindcourier.example", "#37474f", "dated"),
    ("Signal & Noise", "signalandnoise.example", "#6a1b9a", "section"),
    ("Le Quotidien Numérique", "quotidien-numerique.example", "#283593", "dated"),
    ("Byteline Daily", "byteline.example", "#ef6c00", "section"),
    ("Copperfield Gazette", "copperfieldgazette.example", "#8d6e63", "dated"),
    ("The Lattice", "thelattice.example", "#2e7d32", "section"),
    ("Fieldstone Times", "fieldstonetimes.example", "#455a64", "dated"),
    ("Orbit & Atom", "orbitandatom.example", "#0277bd", "section"),
    ("Quayside Post", "quaysidepost.example", "#ad1457", "dated"),
    ("Kestrel Wire", "kestrelwire.example", "#5d4037", "section"),
    ("Brightwater Journal", "brightwaterjournal.example", "#00838f", "dated"),
    ("Pixel Harbor Weekly", "pixelharbor.example", "#f9a825", "section"),
    ("The Tessellate", "tessellate.example", "#4e342e", "dated"),
]

TOPIC_COLOURS = {
    "AI": ("#1a237e", "#5c6bc0"),
    "Computer Vision": ("#004d40", "#4db6ac"),
    "Robotics": ("#4a148c", "#ba68c8"),
    "Policy": ("#263238", "#90a4ae"),
    "Chips": ("#3e2723", "#a1887f"),
    "Open Source": ("#1b5e20", "#81c784"),
    "Privacy": ("#311b92", "#9575cd"),
    "Health Tech": ("#b71c1c", "#e57373"),
    "Climate Tech": ("#33691e", "#aed581"),
    "Security": ("#212121", "#757575"),
    "Startups": ("#e65100", "#ffb74d"),
    "Autonomous Vehicles": ("#01579b", "#4fc3f7"),
    "Quantum": ("#880e4f", "#f06292"),
    "Education": ("#f57f17", "#fff176"),
    "Space": ("#0d1b2a", "#415a77"),
    "Language Models": ("#006064", "#4dd0e1"),
    "Cloud": ("#0d47a1", "#90caf9"),
    "Accessibility": ("#827717", "#dce775"),
}

# title, excerpt, topics. All invented: no real outlet, company or event.
STORIES = [
    ("Port Alder Council Pauses Face-Matching Cameras Pending Audit",
     "The Port Alder city council voted 7-2 to suspend its transit authority’s face-matching pilot until an independent audit reports back in the spring. Supporters of the pilot said the pause could cost the city a federal grant.",
     ["Computer Vision", "Policy", "Privacy"]),
    ("Corvid Labs Releases Open Weights for Its 12-Billion-Parameter Model",
     "The Lisbon-based startup published weights, training recipes and an evaluation harness under a permissive licence, saying an open release makes safety research easier to reproduce.",
     ["Language Models", "Open Source", "AI"]),
    ("Warehouse Robots Learn to Ask for Help When They Are Unsure",
     "Engineers at Halden Robotics trained their pickers to flag low-confidence grasps to a human supervisor instead of guessing. Dropped items fell by a third in a six-week trial.",
     ["Robotics", "AI"]),
    ("Ferrovia Semiconductor Breaks Ground on a 2-Nanometre Fab",
     "The chipmaker says the plant will employ 3,000 people when it opens in 2029 and will run partly on heat recovered from a neighbouring data centre.",
     ["Chips", "Climate Tech"]),
    ("Hospitals Trial an AI Scribe That Drafts Notes During Appointments",
     "Clinicians at three regional hospitals say the tool saves them about an hour a day. Patients must opt in, and every note is reviewed before it is filed.",
     ["Health Tech", "AI", "Privacy"]),
    ("Small Satellites Map Methane Leaks With Onboard Vision Models",
     "A constellation of six shoebox-sized satellites now flags plumes in orbit and sends down only the alerts, cutting downlink costs by 90%.",
     ["Space", "Climate Tech", "Computer Vision"]),
    ("“We Were Not Ready”: School Districts Rewrite Homework Rules for Chatbots",
     "Teachers describe a year of improvised policies as districts move from outright bans to assignments that ask students to critique a chatbot’s answer.",
     ["Education", "Language Models"]),
    ("Quantum Startup Qubitwell Claims Error Rates Below a Key Threshold",
     "The company’s logical qubits ran for 40 minutes with fewer errors than their physical components. Outside researchers called the result promising but not yet independently verified.",
     ["Quantum", "Startups"]),
    ("Robotaxi Fleet Expands to Night-Time Service in Marlow Bay",
     "Driverless cars from Lumen Mobility will carry passengers between 10 p.m. and 5 a.m. after regulators accepted its incident reports from the summer.",
     ["Autonomous Vehicles", "Policy"]),
    ("Help Desks Face a Wave of Phishing Calls Made With Cloned Voices",
     "Security teams report callers who imitate colleagues with generated voices to talk staff into approving login prompts.",
     ["Security", "AI"]),
    ("Open-Source Maintainers Ask AI Companies to Fund the Code They Train On",
     "An open letter signed by more than 400 maintainers proposes a shared fund paid by firms whose models are trained on public repositories.",
     ["Open Source", "Policy", "AI"]),
    ("Data Centre Operators Turn to Lake Water for Cooling",
     "Two operators in the northern lakes region will draw cold water from depth and return it slightly warmer. Environmental groups want the outflow monitored closely.",
     ["Cloud", "Climate Tech"]),
    ("Screen Readers Get Smarter at Describing Charts",
     "A new open model describes the trend in a chart instead of reading out every data point, and blind testers preferred it in four of five tasks.",
     ["Accessibility", "AI", "Open Source"]),
    ("Regulators Propose Labels for Synthetic Images in Political Ads",
     "The draft rules would require a visible notice and embedded provenance data in any campaign advert that contains generated or substantially altered imagery.",
     ["Policy", "Computer Vision"]),
    ("Chip Shortage Eases for Carmakers, but Not for AI Accelerators",
     "Analysts say automotive microcontrollers are back in stock, while lead times for high-end accelerators remain above nine months.",
     ["Chips", "Autonomous Vehicles"]),
    ("Tiny Language Models Run Offline on Farm Equipment",
     "A tractor maker is shipping a voice assistant that answers maintenance questions without a network connection, using a model small enough for an embedded board.",
     ["Language Models", "AI"]),
    ("Startup Raises $40 Million to Build Robots That Sort Recycling",
     "Sortwise says its arms identify 60 kinds of packaging on a moving belt and can be retrained for a new material in a day.",
     ["Startups", "Robotics", "Climate Tech"]),
    ("Hidden Instructions in Web Pages Can Steer AI Agents, Researchers Find",
     "A study of 1,200 agent sessions found that text invisible to human readers redirected browsing agents in nearly one case in five.",
     ["Security", "Language Models"]),
    ("Rural Clinics Use Phone Cameras to Screen for Eye Disease",
     "Nurses photograph the retina with a clip-on lens and get a referral recommendation in seconds. Specialists still confirm every positive result.",
     ["Health Tech", "Computer Vision"]),
    ("Lunar Rover Prototype Navigates by the Stars Instead of Satellites",
     "The rover combines a star tracker with terrain matching and kept its position within two metres over a five-kilometre desert drive.",
     ["Space", "Robotics"]),
    ("Privacy Watchdog Fines Fitness App Over Location Sharing",
     "The regulator says the app shared precise running routes with advertisers by default, including routes that began at users’ homes.",
     ["Privacy", "Health Tech", "Policy"]),
    ("Universities Pool Compute to Train a Public Research Model",
     "Eleven universities will share a cluster and release the resulting model, with its data documentation, to academic users free of charge.",
     ["AI", "Education", "Open Source"]),
    ("The Quiet Race to Make AI Chips Use Less Power",
     "From analogue in-memory computing to lower-precision arithmetic, designers are chasing efficiency as electricity, not silicon, becomes the limit on growth.",
     ["Chips", "Climate Tech", "AI"]),
    ("Café Owner’s Lawsuit Tests Who Pays When a Chatbot Gets It Wrong",
     "Renée Dubois says a booking assistant promised customers a refund policy her café never had. The case may decide whether businesses are bound by what their bots say.",
     ["Language Models", "Policy", "Startups"]),
    ("Autonomous Trucks Complete First Cross-Border Freight Run",
     "Two driverless lorries carried car parts 800 kilometres, with a safety driver on board only for the customs stop.",
     ["Autonomous Vehicles", "Robotics"]),
    ("Ransomware Gang Targets Hospital Imaging Systems",
     "Attackers encrypted archives of scans at two hospitals, forcing them to divert stroke patients for 36 hours.",
     ["Security", "Health Tech"]),
    ("Quantum-Safe Encryption Becomes the Default in a Popular Messaging App",
     "All new conversations now use a hybrid key exchange designed to withstand future quantum computers. Older chats are upgraded once both sides update.",
     ["Quantum", "Security", "Privacy"]),
    ("Drones & Vision Models Speed Up Wildfire Damage Surveys",
     "Insurers and county assessors say aerial surveys that once took weeks now take days, though residents ask who keeps the footage.",
     ["Computer Vision", "Climate Tech", "Privacy"]),
    ("Coding Assistants Write a Fifth of New Code at Mid-Size Firms, Survey Finds",
     "The survey of 900 engineering managers also found that review time went up. Several described \"review fatigue\" as teams check generated code more carefully.",
     ["Language Models", "AI", "Startups"]),
    ("Space Agency Opens Its Satellite Imagery Archive to Researchers",
     "Forty years of imagery, previously available only on request, can now be searched and downloaded along with labels for training models.",
     ["Space", "Open Source", "Computer Vision"]),
    ("Teachers Test AI Tutors That Refuse to Give the Answer",
     "The tutors are designed to ask guiding questions. Early results show gains in maths, but also frustration among students who want quick help.",
     ["Education", "AI"]),
    ("Home Robot Maker Recalls 20,000 Units Over Camera Privacy Flaw",
     "A software bug could expose a robot’s live video feed to anyone who knew the device’s serial number, the company said.",
     ["Robotics", "Privacy", "Security"]),
    ("Open Hardware Group Tapes Out Its First RISC-V AI Chip",
     "The design files and test benches are public, and the first wafers are due back from the foundry in December.",
     ["Chips", "Open Source"]),
    ("Grid Operators Use Forecasting Models to Get More From Wind Farms",
     "Better hour-ahead forecasts let one operator curtail 14% less wind power over the summer, worth millions in saved energy.",
     ["Climate Tech", "AI"]),
    ("Lawmakers Debate Whether the Largest AI Models Need a Licence",
     "A committee hearing split between members who want a licensing regime for frontier models and those who fear it would lock in incumbents.",
     ["Policy", "AI", "Language Models"]),
    ("Self-Driving Campus Shuttle Ends Service After Low Ridership",
     "The shuttle logged no serious incidents in two years but averaged fewer than four passengers per trip.",
     ["Autonomous Vehicles"]),
    ("Hospital Network Publishes Its Sepsis Alert Results — Failures Included",
     "The network found its model caught sepsis earlier on some wards but raised too many false alarms on others. It has withdrawn the alert from two units.",
     ["Health Tech", "AI"]),
    ("Voice-Cloning Startup Adds Watermarks After a Campaign Deepfake",
     "The company says every clip it generates now carries an inaudible watermark, and it has released a free detector.",
     ["Security", "Startups", "Policy"]),
    ("Chipmakers Bet on Glass Substrates for Bigger AI Packages",
     "Glass is flatter and more stable than organic substrates, allowing larger packages with more memory placed next to the processor.",
     ["Chips"]),
    ("Startup Uses Satellites and AI to Check Carbon Offsets",
     "Canopy Ledger measures forest cover from orbit and says a fifth of the offsets it checked overstated the carbon they store.",
     ["Climate Tech", "Space", "Startups"]),
    ("Students Build a Sign-Language Translator That Runs on a Phone",
     "A team of engineering students trained a compact vision model to recognise 600 signs in real time. They published their data set with the consent of every signer.",
     ["Accessibility", "Computer Vision", "Education"]),
    ("Cloud Providers Cut Inference Prices as Competition Grows",
     "Prices for running mid-size models fell by up to 40% this quarter, a drop analysts expect to continue into next year.",
     ["Cloud", "AI"]),
    ("Security Agency Warns of Flaws in Industrial Robot Controllers",
     "The advisory covers controllers used on packaging lines and recommends isolating them from office networks until patches are applied.",
     ["Security", "Robotics"]),
    ("Language Model “Hallucinations” Drop When Answers Must Cite Sources",
     "Requiring the model to quote a retrieved passage halved unsupported claims, a lab study found, but made answers longer and slower.",
     ["Language Models", "AI"]),
    ("Quantum Sensors Could Find Groundwater Without Drilling",
     "Field tests of a portable gravimeter detected an aquifer 60 metres down. The method could lower the cost of surveys in dry regions.",
     ["Quantum", "Climate Tech"]),
    ("City Tests Traffic Lights That Adapt to Cyclists",
     "Cameras count bicycles approaching junctions and extend green phases. The city says it stores counts, not images.",
     ["Computer Vision", "Climate Tech", "Privacy"]),
    ("Satellite Operator Switches On Laser Links Between Spacecraft",
     "Optical links between satellites will carry traffic across oceans without ground stations, lowering latency on long routes.",
     ["Space", "Cloud"]),
    ("Privacy Groups Challenge Emotion Recognition in Job Interviews",
     "A complaint filed with the data regulator argues that software scoring candidates’ facial expressions has no scientific basis.",
     ["Privacy", "Computer Vision", "Policy"]),
    ("Startups Race to Build Robots for Elder Care",
     "Investors put more than $300 million into care robots this year, though most products so far help with lifting and reminders rather than conversation.",
     ["Robotics", "Startups", "Health Tech"]),
    ("Open Data Set of Medical Scans Released Under Strict Consent Rules",
     "The set holds 250,000 anonymised scans. Only approved projects that agree never to attempt re-identification may use it.",
     ["Health Tech", "Open Source", "Privacy"]),
    ("Chip Design Tools Begin to Use AI for Floor Planning",
     "Engineers say the tools suggest layouts in hours instead of weeks, but every suggestion is still verified by conventional checks.",
     ["Chips", "AI"]),
    ("Autonomous Ferry Begins Passenger Trials Across the Harbour",
     "The electric ferry steers itself on a 1.2-kilometre crossing, with a captain on board who can take over at any time.",
     ["Autonomous Vehicles", "Climate Tech"]),
    ("Schools Adopt Open Textbooks Drafted With AI — and Checked by Editors",
     "A consortium produced 30 textbooks in a year. Teachers drafted every chapter with writing tools and subject editors checked each one before release.",
     ["Education", "Open Source", "Language Models"]),
    ("Malware Hidden in Fake AI Plugins Steals Developer Credentials",
     "Researchers found 37 browser extensions posing as AI assistants that copied session tokens from developers’ browsers.",
     ["Security", "AI"]),
    ("Earth-Observation Startup Puts a Vision Model on Every Satellite",
     "Orbitry says processing images in orbit means customers get flood and fire alerts minutes after a pass, not hours.",
     ["Space", "Computer Vision", "Startups"]),
    ("Meet the Editors Who Fact-Check Machine Translations",
     "At a multilingual news service, a team of eight checks machine-translated stories in 14 languages before they go out.",
     ["Language Models", "AI"]),
    ("Free Quantum Computing Course Fills Up in Minutes",
     "An online course on quantum algorithms drew 80,000 sign-ups in its first hour, a sign of the field’s growing appeal to students.",
     ["Quantum", "Education"]),
    ("Hearing Aids With On-Device AI Separate Voices From Noise",
     "The new models isolate a single speaker in a crowded room and still run for a full day on one charge.",
     ["Health Tech", "Accessibility", "AI"]),
    ("Policy Brief: What the New AI Procurement Rules Mean for Vendors",
     "Public bodies must now ask suppliers for evaluation results, data sources and a named contact for incidents before they buy an AI system.",
     ["AI", "Policy"]),
    ("Robot Surgeons Rehearse on Digital Twins Before Operating",
     "Surgeons practise difficult procedures on a simulation built from the patient’s own scans, a step one hospital says has shortened operations.",
     ["Robotics", "Health Tech"]),
    ("Developers Flock to a Small Open Model for Code Review",
     "The model is tuned to spot bugs rather than write code, and it runs on a laptop, which its authors say keeps source code private.",
     ["Open Source", "Language Models", "Privacy"]),
    ("Electric Bus Fleet Uses AI to Charge When Power Is Cheap",
     "The transit agency says smarter scheduling cut its electricity bill by 18% without changing a single route.",
     ["Climate Tech", "AI"]),
    ("Students Launch a CubeSat Built From Phone Parts",
     "The satellite, built for under €20,000, will test whether a phone processor can survive a year of radiation in low orbit.",
     ["Space", "Education", "Chips"]),
    ("Breach at Ticketing Startup Exposes 2 Million Customers’ Emails",
     "The company said no payment data was taken and has reset all passwords. It blamed a misconfigured storage bucket.",
     ["Security", "Startups", "Cloud"]),
    ("Delivery Robots Get Permission to Use Bike Lanes",
     "A pilot lets sidewalk robots use protected bike lanes on four streets. Cycling groups asked for a 12 km/h speed limit.",
     ["Robotics", "Autonomous Vehicles", "Policy"]),
    ("How One Newsroom Uses Vision Models to Tag Its Photo Archive",
     "Tagging two million archive photos by hand would take decades. The model drafts labels and archivists approve them.",
     ["Computer Vision", "AI"]),
    ("Open-Source Speech Recognition Now Covers 120 Languages",
     "Volunteers recorded more than 10,000 hours of speech for languages that commercial tools do not support.",
     ["Open Source", "Language Models", "Accessibility"]),
    ("Cloud Outage Leaves Smart Thermostats Stuck for Six Hours",
     "Owners could not change their heating during a cold snap because the devices depend on a remote server for every setting.",
     ["Cloud", "Security"]),
    ("Quantum Link Test Connects Two Cities 90 Kilometres Apart",
     "Researchers kept entangled photons coherent over existing fibre, a step towards networks that reveal eavesdroppers.",
     ["Quantum", "Security"]),
    ("Founders Say Compute Bills Now Exceed Salaries",
     "Founders at an accelerator demo day said cloud bills for training and serving models are now their largest expense. “We budget GPUs before people,” one said.",
     ["Startups", "Cloud", "AI"]),
    ("Flood Model Gives River Deltas a Week’s Warning",
     "Combining satellite rainfall data with river gauges, the model gave five days’ more warning than the previous system in a season-long test.",
     ["Climate Tech", "AI", "Space"]),
    ("Vision Model Spots Cracked Solar Panels From Drone Footage",
     "Maintenance crews at a 40-hectare solar farm say the model finds damaged cells in an afternoon of flying. Quality &amp; safety checks still happen on foot.",
     ["Computer Vision", "Climate Tech"]),
]

BODIES = [
    "{excerpt}\n\nRead the full story at [{provider}]({url}).\n",
    "Desk summary: {excerpt}\n",
    "{excerpt}\n\n*Source: {provider}.*\n",
]


def slugify(text):
    text = text.replace("&", "and").replace("’", "").replace("'", "")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text.encode("ascii", "ignore").decode()).strip("-").lower()
    return text


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def secured_blob(rng):
    return base64.b64encode(rng.randbytes(rng.choice([192, 224, 240]))).decode() + ";" + \
        base64.b64encode(rng.randbytes(16)).decode()


def run(args):
    subprocess.run(args, check=True)


def make_story_image(path, topic, label, ext, width, height, rng):
    dark, light = TOPIC_COLOURS[topic]
    x, y, r = rng.randrange(width // 2, width - 60), rng.randrange(40, height // 2), rng.randrange(30, 90)
    shapes = [
        "-fill", "#ffffff40", "-draw", f"circle {x},{y} {x + r},{y}",
        "-fill", "#00000030", "-draw", f"rectangle 0,{height - 84} {width},{height}",
    ]
    text = [
        "-font", FONT, "-fill", "white", "-gravity", "southwest",
        "-pointsize", str(max(20, width // 20)), "-annotate", "+24+28", topic,
        "-pointsize", str(max(11, width // 48)), "-annotate", f"+26+{12}", label,
    ]
    if ext == "png":
        # Flat colours compress far better than gradients in PNG.
        base = ["-size", f"{width}x{height}", f"xc:{dark}",
                "-fill", light, "-draw", f"polygon 0,{height} {width * 2 // 3},0 {width},0 {width},{height}"]
        tail = ["-strip", "-depth", "8", "-colors", "24", "-define", "png:exclude-chunks=date,time"]
    else:
        base = ["-size", f"{width}x{height}", f"gradient:{dark}-{light}"]
        tail = ["-strip", "-quality", "62" if ext == "webp" else "70"]
        if ext == "jpg":
            tail += ["-sampling-factor", "4:2:0", "-interlace", "none"]
    run(["convert", *base, *shapes, *text, *tail, str(path)])


def make_logo(path, name, colour):
    words = [w for w in name.replace("&", "").split() if w != "The"]
    initials = "".join(w[0] for w in words)[:2] if len(words) > 1 else words[0][:2]
    run(["convert", "-size", "50x50", f"xc:{colour}", "-fill", "#ffffff30", "-draw", "circle 38,12 52,12",
         "-font", FONT, "-pointsize", "20", "-fill", "white", "-gravity", "center", "-annotate", "+0+1", initials,
         "-strip", "-depth", "8", "-colors", "16", "-define", "png:exclude-chunks=date,time", str(path)])


def check_size(path, width, height):
    out = subprocess.run(["identify", "-format", "%w %h", str(path)], check=True,
                         capture_output=True, text=True).stdout.split()
    if out != [str(width), str(height)]:
        sys.exit(f"{path}: expected {width}x{height}, got {out}")


def logo_url(domain):
    return f"{SITE_URL}/{PROVIDER_IMAGES}/{domain}-50x50.png"


def render(s, related):
    """The front matter of one story, in the key order and quoting of the reference story."""
    p = s["provider"]
    lines = [
        "---",
        f"category: {s['category']}",
        f"title: {quoted(s['title'])}",
        f"excerpt: {quoted(s['excerpt'])}",
        f"publishedDateTime: {iso(s['date'])}",
        f"originalUrl: {quoted(s['originalUrl'])}",
        f"webUrl: {quoted(s['webUrl'])}",
        f"type: {s['type']}",
        f"quality: {s['quality']}",
        f"heat: {s['heat']}",
        f"published: {'true' if s['published'] else 'false'}",
        "",
        "provider:",
        f"  name: {p[0]}",
        f"  domain: {p[1]}",
        "  images:",
        f"    - url: {quoted(logo_url(p[1]))}",
        "      width: 50",
        "      height: 50",
        "",
    ]
    if s["flowTopics"]:
        lines.append(f"topics: [{', '.join(s['topics'])}]")
    else:
        lines.append("topics:")
        lines += [f"  - {t}" for t in s["topics"]]
    lines.append("")
    if s["image"]:
        url, w, h, cached = s["image"]
        lines += [
            "images:",
            f"  - url: {quoted(url)}",
            f"    width: {w}",
            f"    height: {h}",
            f"    isCached: {'true' if cached else 'false'}",
            "",
        ]
    if related:
        lines.append("related:")
        for r in related:
            rp = r["provider"]
            url, w, h, _ = r["image"]
            lines += [
                f"  - title: {quoted(r['title'])}",
                f"    excerpt: {quoted(r['excerpt'])}",
                f"    publishedDateTime: {iso(r['date'])}",
                f"    webUrl: {quoted(r['webUrl'])}",
                f"    ampWebUrl: {quoted(r['ampWebUrl'])}",
                f"    cdnAmpWebUrl: {quoted(r['cdnAmpWebUrl'])}",
                f"    type: {r['type']}",
                "    provider:",
                f"      name: {rp[0]}",
                f"      domain: {rp[1]}",
                f"    quality: {r['quality']}",
                "    images:",
                f"      - url: {quoted(url)}",
                f"        width: {w}",
                f"        height: {h}",
                "        isCached: true",
            ]
        lines.append("")
    lines += [f"secured: {quoted(s['secured'])}", "---", ""]
    return lines


# The sidebar's saved desks (.storydesk/desks.yaml), so a first look shows what they do.
SAMPLE_DESKS = """# Saved desks of the sample newsroom: views of the facets sidebar that editors share
# through the site folder (see the README). Generated by resources/make-sample.py.
desks:
  - name: Incoming
    query: is:unpublished -is:broken
    sort: date
    order: descending
  - name: Needs related
    query: related:0 quality:>=60
    sort: quality
    order: descending
  - name: Best AI
    query: ""
    facets:
      topic: [AI]
      quality: [80-100, 60-79]
    sort: quality
    order: descending
"""


def main():
    if not shutil.which("convert"):
        sys.exit("ImageMagick's convert is required")
    rng = random.Random(SEED)
    if OUT.exists():
        shutil.rmtree(OUT)
    for sub in (POSTS, STORY_IMAGES, PROVIDER_IMAGES):
        (OUT / sub).mkdir(parents=True)

    (OUT / "_config.yml").write_text(
        "# Generated by resources/make-sample.py: edit the script, not this folder.\n"
        "# Every story, publication and picture in this sample is invented; all domains\n"
        "# are under the reserved .example top-level domain.\n"
        'title: "Storydesk Sample Newsroom"\n'
        'description: "Invented AI and technology stories for trying out Storydesk."\n'
        f'url: "{SITE_URL}"\n'
        'baseurl: ""\n'
        "timezone: UTC\n"
        "markdown: kramdown\n"
        "permalink: /:categories/:year/:month/:day/:title/\n",
        encoding="utf-8")

    (OUT / ".storydesk").mkdir()
    (OUT / ".storydesk" / "desks.yaml").write_text(SAMPLE_DESKS, encoding="utf-8")

    for name, domain, colour, _ in PROVIDERS:
        path = OUT / PROVIDER_IMAGES / f"{domain}-50x50.png"
        make_logo(path, name, colour)
        check_size(path, 50, 50)

    # Publication times over three months, in feed order; the file number follows it.
    start = datetime.datetime(2026, 8, 1, 6, 5)
    end = datetime.datetime(2026, 10, 31, 21, 40)
    span = int((end - start).total_seconds() // 300)
    dates = sorted(start + datetime.timedelta(minutes=5 * rng.randrange(span)) for _ in STORIES[2:])
    dates = [start] + dates + [end]

    order = list(range(len(STORIES)))
    rng.shuffle(order)
    # Every provider gets at least one story; the rest are spread at random.
    provider_of = [PROVIDERS[i % len(PROVIDERS)] for i in range(len(STORIES))]
    rng.shuffle(provider_of)

    n = len(STORIES)
    # The variants real folders contain, each on its own stories (numbers in feed order).
    number_of = {index: number for number, index in enumerate(order)}
    broken = number_of[next(i for i, st in enumerate(STORIES) if "“Hallucinations”" in st[0])]
    flow = number_of[next(i for i, st in enumerate(STORIES) if st[2] == ["AI", "Policy"])]
    variant_pool = rng.sample([i for i in range(n) if i not in (broken, flow)], 10)
    crlf = set(variant_pool[0:3])
    commented = variant_pool[3:6]
    txt = set(variant_pool[6:9])
    markdown = variant_pool[9]

    unpublished = set(rng.sample(range(n), round(n * 0.32)))
    no_image = set(rng.sample(range(n), 4))
    qualities = [rng.randrange(12, 90) for _ in range(n)]
    heats = [rng.randrange(0, 101) for _ in range(n)]
    for i, q in zip(rng.sample([i for i in range(n) if i not in commented], 4), (3, 8, 94, 99)):
        qualities[i] = q
    for i, h in zip(rng.sample(range(n), 2), (0, 100)):
        heats[i] = h

    sizes = [(640, 360), (640, 360), (640, 360), (800, 450), (480, 270)]
    stories = []
    for number, index in enumerate(order):
        title, excerpt, topics = STORIES[index]
        provider = provider_of[number]
        date = dates[number]
        article = rng.randrange(100000, 999999)
        slug = slugify(title)[:60].rstrip("-")
        if provider[3] == "dated":
            web = f"https://www.{provider[1]}/{date:%Y/%m/%d}/{slug}-{article}"
        else:
            section = slugify(topics[0])
            web = f"https://{provider[1]}/{section}/{slug}-{article}.html"
        original = web + "?utm_source=rss&utm_medium=feed" if rng.random() < 0.15 else web
        amp = f"https://amp.{provider[1]}/amp/{article}"
        cdn = f"https://amp-{provider[1].replace('.', '-')}.cdn.ampcache.example/c/s/amp.{provider[1]}/amp/{article}"
        image = None
        if number not in no_image:
            ext = ["jpg", "jpg", "png", "webp"][number % 4]
            w, h = sizes[rng.randrange(len(sizes))]
            file = f"{slugify(topics[0])}-{number:03d}.{ext}"
            path = OUT / STORY_IMAGES / file
            make_story_image(path, topics[0], provider[0], ext, w, h, rng)
            check_size(path, w, h)
            image = (f"{SITE_URL}/{STORY_IMAGES}/{file}", w, h, rng.random() < 0.9)
        stories.append({
            "number": number, "title": title, "excerpt": excerpt, "topics": topics,
            "provider": provider, "date": date, "webUrl": web, "originalUrl": original,
            "ampWebUrl": amp, "cdnAmpWebUrl": cdn, "image": image,
            "category": "analysis" if rng.random() < 0.12 else "news",
            "type": "video" if rng.random() < 0.06 else "article",
            "quality": qualities[number], "heat": heats[number], "published": number not in unpublished,
            "secured": secured_blob(rng), "flowTopics": False, "id": hashlib.sha1(web.encode()).hexdigest()[:16],
        })

    # About a quarter of the stories carry related coverage: other sample stories that
    # share a topic, as an editor would attach them by dragging their rows.
    with_related = set(rng.sample(range(n), round(n * 0.27)))
    related_of = {}
    for i in sorted(with_related):
        s = stories[i]
        candidates = [o for o in stories if o is not s and o["image"] and set(o["topics"]) & set(s["topics"])]
        # Most shared topics first, then earlier coverage before later, then the closest in time.
        candidates.sort(key=lambda o: (-len(set(o["topics"]) & set(s["topics"])), o["date"] > s["date"],
                                       abs((o["date"] - s["date"]).total_seconds())))
        related_of[i] = candidates[:rng.choice([1, 1, 2, 2, 3])]

    stories[flow]["flowTopics"] = True
    comment_lines = [
        "# Desk note: second source confirmed by phone before publishing.",
        "# Provider logo refreshed by the design desk.",
        "# Held back until the embargo lifts; see the planning sheet.",
    ]

    for i, s in enumerate(stories):
        lines = render(s, related_of.get(i, []))
        if i in commented:
            k = commented.index(i)
            anchor = [lines[0], "provider:", "topics:"][k]
            lines.insert(lines.index(anchor) + (1 if k == 0 else 0), comment_lines[k])
            q = next(j for j, line in enumerate(lines) if line.startswith("quality: "))
            lines[q] = f"quality: {s['quality'] if k else 55} # checked by desk"
        if i == broken:
            # A crawler that pasted straight quotes into a quoted title: invalid YAML.
            t = next(j for j, line in enumerate(lines) if line.startswith("title: "))
            lines[t] = 'title: "' + s["title"].replace("“", '"').replace("”", '"') + '"'
        # Like the reference story, the closing fence is followed by a blank line, then the body.
        text = "\n".join(lines) + "\n"
        if rng.random() < 0.55:
            text += BODIES[i % len(BODIES)].format(excerpt=s["excerpt"], provider=s["provider"][0], url=s["webUrl"])
        if i in crlf:
            text = text.replace("\n", "\r\n")
        ext = "txt" if i in txt else "markdown" if i == markdown else "md"
        stem = f"{s['number']:03d}_broken_{s['id']}" if i == broken else f"{s['number']:03d}_{s['id']}"
        (OUT / POSTS / f"{stem}.{ext}").write_bytes(text.encode("utf-8"))

    total = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    print(f"wrote {n} stories, {len(PROVIDERS)} providers, {total // 1024} KiB to {OUT}")


if __name__ == "__main__":
    main()
