"""graph.html in a real browser: Debian's Chromium, headless, driven by Selenium through
chromedriver (both installed by scripts/setup.sh). The page is opened from a file:// URL with the
network off, as a reader opening output/graph.html would; a screenshot is kept in
Tests/integration/artifacts/ (gitignored) for a human to look at."""

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run

# Not importorskip: the browser test must run in `make test`, and setup.sh installs selenium.
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.actions.action_builder import ActionBuilder  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
EDGE = "relation-russia--backs--bashar-al-assad"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("page")
    result = run("build", str(ROOT / "seeds"), "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    return out


@pytest.fixture(scope="module")
def browser():
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        pytest.fail("chromium and chromedriver are needed: run scripts/setup.sh")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    # The viewport itself is 1280×900 (--window-size counts the window, not the page).
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    # No network: a page that needed any would show it here.
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    yield driver
    driver.quit()


def edge_point(driver, element_id):
    """A point of the edge's hover target, in viewport pixels, where a click lands on that edge."""
    return driver.execute_script("""
        var g = document.getElementById(arguments[0]);
        var path = g.querySelector('path.hit');
        var canvas = document.getElementById('canvas').getBoundingClientRect();
        var length = path.getTotalLength();
        for (var i = 1; i < 40; i++) {
          var at = path.getPointAtLength(length * ((i * 7) % 40) / 40);
          var p = at.matrixTransform(path.getScreenCTM());
          if (p.x < canvas.left + 5 || p.x > canvas.right - 5 || p.y < canvas.top + 5 || p.y > canvas.bottom - 5) continue;
          var hit = document.elementFromPoint(p.x, p.y);
          if (hit && hit.closest('g.edge') === g) return [Math.round(p.x), Math.round(p.y)];
        }
        return null;""", element_id)


def test_search_then_click_an_edge_shows_its_quote(built, browser):
    graph = json.loads((built / "graph.json").read_text(encoding="utf-8"))
    edge = next(e for e in graph["edges"]
                if (e["source"], e["relation"], e["target"]) == ("russia", "backs", "bashar-al-assad"))
    browser.get((built / "graph.html").as_uri())
    assert browser.title == "ActorGraph"
    assert browser.execute_script("return document.getElementById('diagram') !== null")

    search = browser.find_element(By.ID, "search")
    search.send_keys("Assad")
    results = WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results button[data-actor]"))
    assert [r.get_attribute("data-actor") for r in results] == ["bashar-al-assad"]
    assert "match" in browser.find_element(By.ID, "actor-bashar-al-assad").get_attribute("class")
    search.send_keys(Keys.ENTER)
    panel = browser.find_element(By.ID, "panel")
    WebDriverWait(browser, 5).until(lambda d: panel.is_displayed())
    assert panel.find_element(By.TAG_NAME, "h2").text == "Bashar al-Assad"

    browser.find_element(By.ID, "zoom-fit").click()
    point = edge_point(browser, EDGE)
    assert point, "the Russia → Bashar al-Assad edge is not clickable anywhere on screen"
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(*point).click()
    actions.perform()
    WebDriverWait(browser, 5).until(lambda d: panel.find_element(By.TAG_NAME, "h2").text == "Russia backs Bashar al-Assad")
    quotes = [q.get_attribute("textContent") for q in panel.find_elements(By.CSS_SELECTOR, "blockquote.quote")]
    assert quotes == [q["quote"] for q in edge["evidence"]]  # whole, never cut
    # Each quote with its own document (the page numbers quotes and documents once each).
    cites = [c.text for c in panel.find_elements(By.TAG_NAME, "cite")]
    assert len(cites) == len(edge["evidence"])
    # (A document with a title names its file last, one without has its file name as the link.)
    assert all(q["doc"] in c for c, q in zip(cites, edge["evidence"])), cites
    cite = panel.find_element(By.TAG_NAME, "cite").text
    assert "Washington Post" in cite or "CNN" in cite or "Al Jazeera" in cite or "Gulf News" in cite or "Middle East Eye" in cite
    link = panel.find_element(By.CSS_SELECTOR, "cite a").get_attribute("href")
    assert link.startswith("file://") and link.endswith(".txt") and Path(link[len("file://"):]).is_file()

    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "graph-html-edge.png"))


def test_filters_and_camps(built, browser):
    browser.get((built / "graph.html").as_uri())
    edge = browser.find_element(By.ID, EDGE)
    assert edge.is_displayed()
    browser.find_element(By.CSS_SELECTOR, ".f-relation[value=backs]").click()
    assert not edge.is_displayed()
    browser.find_element(By.CSS_SELECTOR, ".f-relation[value=backs]").click()
    assert edge.is_displayed()
    support = browser.find_element(By.ID, "f-support")
    support.clear()
    support.send_keys("9")
    assert not edge.is_displayed()
    support.clear()
    support.send_keys("0")
    browser.find_element(By.CSS_SELECTOR, ".f-kind[value=person]").click()
    assert not edge.is_displayed()  # an edge goes with its ends
    assert not browser.find_element(By.ID, "actor-bashar-al-assad").is_displayed()
    browser.find_element(By.CSS_SELECTOR, ".f-kind[value=person]").click()

    browser.find_element(By.ID, "f-camps").click()
    fill = browser.execute_script(
        "return getComputedStyle(document.querySelector('#actor-russia polygon, #actor-russia path')).fill")
    assert fill != "rgb(220, 234, 247)", "Russia keeps its kind's fill with camps on"
    camps = browser.find_elements(By.CSS_SELECTOR, "#camp-list li")
    assert len(camps) >= 2


def test_the_date_filter_reads_each_quotes_document(built, browser):
    """Russia → Assad is quoted from documents of 2015-10-24 and 2015-10-30 (seeds/manifest.tsv):
    an edge stays while one of its quotes' documents is in the range."""
    browser.get((built / "graph.html").as_uri())
    edge = browser.find_element(By.ID, EDGE)

    def dates(start, end):
        browser.execute_script("""
            var f = document.getElementById('f-from'), t = document.getElementById('f-to');
            f.value = arguments[0]; t.value = arguments[1];
            f.dispatchEvent(new Event('input'));""", start, end)
        return edge.is_displayed()

    assert dates("2015-10-24", "2015-10-24")
    assert not dates("2015-10-25", "2015-10-29")
    assert dates("2015-10-30", "")
    assert not dates("2015-10-31", "")
    assert dates("", "")


def test_search_finds_actors_by_any_alias_ignoring_case_and_accents(built, browser):
    browser.get((built / "graph.html").as_uri())
    graph = json.loads((built / "graph.json").read_text(encoding="utf-8"))
    node = next(n for n in graph["nodes"] if n["aliases"])
    search = browser.find_element(By.ID, "search")
    search.send_keys(node["aliases"][0].upper())
    found = [r.get_attribute("data-actor") for r in browser.find_elements(By.CSS_SELECTOR, "#results button[data-actor]")]
    assert node["id"] in found


def test_page_is_self_contained(built):
    page = (built / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert "@import" not in page and "url(" not in page
    assert page.count("<svg") >= 1 and "graph-data" in page


def test_page_is_deterministic(tmp_path):
    for name in ["a", "b"]:
        assert run("build", str(ROOT / "seeds"), "--out", str(tmp_path / name)).returncode == 0
    assert (tmp_path / "a" / "graph.html").read_bytes() == (tmp_path / "b" / "graph.html").read_bytes()


def test_render_writes_the_page_and_the_views_differ(tmp_path):
    example = ROOT / "examples" / "seeds.yaml"
    result = run("render", str(example), "--out", str(tmp_path / "stances"), "--format", "svg,html")
    assert result.returncode == 0, result.stderr.decode()
    assert sorted(p.name for p in (tmp_path / "stances").iterdir()) == ["graph.dot", "graph.html", "graph.json", "graph.svg"]
    assert run("render", str(example), "--out", str(tmp_path / "meetings"), "--format", "svg", "--view", "meetings").returncode == 0
    stances = (tmp_path / "stances" / "graph.svg").read_text(encoding="utf-8")
    meetings = (tmp_path / "meetings" / "graph.svg").read_text(encoding="utf-8")
    assert 'class="edge relation attended"' not in stances and "attended by" in stances
    assert 'class="edge relation attended"' in meetings
    # The page carries the same drawing the SVG file has.
    page = (tmp_path / "stances" / "graph.html").read_text(encoding="utf-8")
    assert stances[stances.index("<svg"):stances.index(">", stances.index("<svg"))] .replace("<svg", "") in page
