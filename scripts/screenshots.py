#!/usr/bin/env python3
"""Takes the README's two screenshots at a 1280×900 viewport in headless Chromium (Debian's
chromium and chromedriver, installed by scripts/setup.sh; selenium from requirements-test.txt):
docs/graph-svg.png (output/graph.svg as a browser shows it) and docs/graph-html.png
(output/graph.html after searching "Assad" and clicking the Russia → Bashar al-Assad edge).

    python3 scripts/screenshots.py        # after `make run`
"""
import shutil
import sys
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

ROOT = Path(__file__).resolve().parents[1]
EDGE = "relation-russia--backs--bashar-al-assad"


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or sys.exit("chromium missing: run scripts/setup.sh")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    return driver


def main():
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    driver = browser()
    try:
        driver.get((ROOT / "output" / "graph.svg").as_uri())
        driver.save_screenshot(str(out / "graph-svg.png"))

        driver.get((ROOT / "output" / "graph.html").as_uri())
        driver.find_element(By.ID, "search").send_keys("Assad", Keys.ENTER)
        driver.find_element(By.ID, "zoom-fit").click()
        point = driver.execute_script("""
            var path = document.getElementById(arguments[0]).querySelector('path.hit');
            var at = path.getPointAtLength(path.getTotalLength() * 0.6);
            var p = at.matrixTransform(path.getScreenCTM());
            return [Math.round(p.x), Math.round(p.y)];""", EDGE)
        actions = ActionBuilder(driver)
        actions.pointer_action.move_to_location(*point).click()
        actions.perform()
        time.sleep(0.3)
        driver.save_screenshot(str(out / "graph-html.png"))
    finally:
        driver.quit()
    print(out / "graph-svg.png", out / "graph-html.png")


if __name__ == "__main__":
    main()
