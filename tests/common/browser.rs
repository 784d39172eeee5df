//! A real browser for tests of published pages: Debian's headless Chromium, driven over the
//! DevTools protocol on a loopback port. Every host name resolves to nothing, so a page that
//! needs the network shows it; the requests the page makes are recorded.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

/// The Chromium binary: $CHROMIUM, else `chromium` on the PATH.
pub fn chromium() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_owned())
}

/// Flags for a headless Chromium that reaches no network and leaves nothing behind.
pub fn flags(profile: &Path) -> Vec<String> {
    flags_resolving(profile, "")
}

/// The same, with `rules` ("MAP name 127.0.0.1, ") before every other name resolving to nothing:
/// a page served on the loopback under a name a browser does not trust as it trusts localhost.
pub fn flags_resolving(profile: &Path, rules: &str) -> Vec<String> {
    [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]
    .iter()
    .map(|f| (*f).to_owned())
    .chain([
        format!("--host-resolver-rules={rules}MAP * ~NOTFOUND"),
        format!("--user-data-dir={}", profile.display()),
    ])
    .collect()
}

/// A running Chromium, stopped when dropped (a test that fails half-way leaves none behind).
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub struct Browser {
    _child: Running,
    socket: WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
    next_id: u64,
    /// Every URL the page asked for.
    pub requests: Vec<String>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Chromium at `width`×`height` CSS pixels, showing `url` once it has loaded.
    pub fn open(url: &str, width: u32, height: u32) -> Browser {
        Browser::open_resolving(url, width, height, "")
    }

    /// The same, with these host resolver rules first (see [`flags_resolving`]).
    pub fn open_resolving(url: &str, width: u32, height: u32, rules: &str) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let child = Command::new(chromium())
            .args(flags_resolving(profile.path(), rules))
            .arg("--remote-debugging-port=0")
            .arg(format!("--window-size={width},{height}"))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "{} does not start ({e}): apt-get install chromium",
                    chromium()
                )
            });
        let mut child = Running(child);
        let stderr = child.0.stderr.take().unwrap();
        let mut lines = BufReader::new(stderr).lines();
        let port = loop {
            let line = lines
                .next()
                .expect("Chromium says where DevTools listen")
                .unwrap();
            if let Some(rest) = line.split("ws://127.0.0.1:").nth(1) {
                break rest.split('/').next().unwrap().to_owned();
            }
        };
        // Chromium's log must keep draining, or it blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        let page = page_socket_url(&port);
        let (socket, _) = tungstenite::connect(page.as_str()).unwrap();
        let mut browser = Browser {
            _child: child,
            socket,
            next_id: 0,
            requests: Vec::new(),
            _profile: profile,
        };
        browser.call("Network.enable", json!({}));
        browser.call("Page.enable", json!({}));
        // A window is at least 500 pixels wide: a phone's width is emulated, as DevTools does.
        browser.call(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 700 }),
        );
        browser.navigate(url);
        browser
    }

    pub fn navigate(&mut self, url: &str) {
        self.call("Page.navigate", json!({ "url": url }));
        self.wait_for("document.readyState === 'complete'");
    }

    /// Sends a command and returns its result, recording the events that arrive meanwhile.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        match self.try_call(method, params) {
            Ok(result) => result,
            Err(reply) => panic!("{method}: {reply}"),
        }
    }

    /// Sends a command: its result, or the whole reply when it is an error.
    fn try_call(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        self.next_id += 1;
        let id = self.next_id;
        let message = json!({ "id": id, "method": method, "params": params }).to_string();
        self.socket.send(Message::text(message)).unwrap();
        loop {
            let reply: Value = match self.socket.read().unwrap() {
                Message::Text(text) => serde_json::from_str(&text).unwrap(),
                _ => continue,
            };
            if reply["method"] == "Network.requestWillBeSent" {
                let url = reply["params"]["request"]["url"]
                    .as_str()
                    .unwrap_or_default();
                self.requests.push(url.to_owned());
            }
            if reply["id"] == id {
                return match reply.get("error") {
                    None => Ok(reply["result"].clone()),
                    Some(_) => Err(reply),
                };
            }
        }
    }

    /// The value of a JavaScript expression (promises awaited).
    pub fn eval(&mut self, expression: &str) -> Value {
        match self.try_eval(expression) {
            Ok(value) => value,
            Err(reply) => panic!("{expression}: {reply}"),
        }
    }

    /// The value of a JavaScript expression, or what went wrong: the exception it threw, or
    /// DevTools' error reply (no page to ask, while one replaces it).
    fn try_eval(&mut self, expression: &str) -> Result<Value, Value> {
        let result = self.try_call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        )?;
        match result.get("exceptionDetails") {
            Some(exception) => Err(exception.clone()),
            None => Ok(result["result"]["value"].clone()),
        }
    }

    pub fn text(&mut self, expression: &str) -> String {
        match self.eval(expression) {
            Value::String(text) => text,
            other => panic!("{expression} is not text: {other}"),
        }
    }

    /// Waits (up to 10 s) until the expression is true. While a page replaces another (a link
    /// followed) there is no page to ask, or the new one is not whole yet: asked again.
    pub fn wait_for(&mut self, expression: &str) {
        let started = Instant::now();
        loop {
            let answer = self.try_eval(&format!("Boolean({expression})"));
            if answer == Ok(json!(true)) {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "waited 10 s for {expression}: {answer:?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A left click at a point of the page, as a pointer makes it.
    pub fn click_at(&mut self, x: f64, y: f64) {
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({ "type": kind, "x": x, "y": y, "button": "left", "clickCount": 1 }),
            );
        }
    }

    /// Clicks the middle of the first element the CSS selector matches.
    pub fn click(&mut self, selector: &str) {
        let at = self.eval(&format!(
            "(() => {{ const r = document.querySelector({}).getBoundingClientRect(); \
             return [r.left + r.width / 2, r.top + r.height / 2]; }})()",
            serde_json::to_string(selector).unwrap()
        ));
        self.click_at(at[0].as_f64().unwrap(), at[1].as_f64().unwrap());
    }

    /// Presses a key ("PageDown", "ArrowRight", …) as a keyboard does.
    pub fn press(&mut self, key: &str) {
        let code = match key {
            "PageUp" => 33,
            "PageDown" => 34,
            "End" => 35,
            "Home" => 36,
            "ArrowLeft" => 37,
            "ArrowRight" => 39,
            "Enter" => 13,
            other => panic!("no key code for {other}"),
        };
        for kind in ["rawKeyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({ "type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code }),
            );
        }
    }
}

/// The DevTools address of the browser's page, from its /json/list.
fn page_socket_url(port: &str) -> String {
    let started = Instant::now();
    loop {
        if let Ok(mut stream) = TcpStream::connect(format!("127.0.0.1:{port}")) {
            // DevTools answers HTTP/1.1 only, and keeps the connection: the body is read by its length.
            let request = format!("GET /json/list HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
            stream.write_all(request.as_bytes()).unwrap();
            let mut reader = BufReader::new(stream);
            let mut length = 0;
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if line.trim().is_empty() {
                    break;
                }
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            if let Ok(Value::Array(targets)) = serde_json::from_slice::<Value>(&body)
                && let Some(url) = targets
                    .iter()
                    .find(|t| t["type"] == "page")
                    .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            {
                return url.to_owned();
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no page target"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Prints `page` to PDF with its print stylesheet, as `chromium --print-to-pdf` does, and returns
/// the number of pages `pdfinfo` counts.
/// The page printed to PDF by Chromium (with its print stylesheet), in a folder kept while the
/// returned guard lives.
fn printed(page: &Path) -> (tempfile::TempDir, std::path::PathBuf) {
    let profile = tempfile::tempdir().unwrap();
    let pdf = profile.path().join("printed.pdf");
    let status = Command::new(chromium())
        .args(flags(profile.path()))
        .arg("--virtual-time-budget=5000")
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    (profile, pdf)
}

/// How many pages the page prints on.
pub fn printed_pages(page: &Path) -> usize {
    let (_profile, pdf) = printed(page);
    let info = Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .expect("pdfinfo (apt-get install poppler-utils)");
    let info = String::from_utf8_lossy(&info.stdout).to_string();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo says no page count: {info}"))
}

/// The words the page prints, as pdftotext reads them from the PDF.
pub fn printed_text(page: &Path) -> String {
    let (_profile, pdf) = printed(page);
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (apt-get install poppler-utils)");
    String::from_utf8_lossy(&text.stdout).to_string()
}

/// The pictures the page prints, as `pdfimages -list` finds them: (page, width, height) in pixels.
pub fn printed_images(page: &Path) -> Vec<(usize, u32, u32)> {
    let (_profile, pdf) = printed(page);
    let list = Command::new("pdfimages")
        .arg("-list")
        .arg(&pdf)
        .output()
        .expect("pdfimages (apt-get install poppler-utils)");
    String::from_utf8_lossy(&list.stdout)
        .lines()
        .skip(2)
        .filter_map(|line| {
            let cells: Vec<&str> = line.split_whitespace().collect();
            Some((
                cells.first()?.parse().ok()?,
                cells.get(3)?.parse().ok()?,
                cells.get(4)?.parse().ok()?,
            ))
        })
        .collect()
}
