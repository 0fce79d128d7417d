//! The harness the end-to-end tests share: the real binary in a
//! pseudo-terminal, its screen read by a vt100 parser, every byte it wrote
//! kept. Each test binary uses a part of it.
#![allow(dead_code)]

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Session {
    pub parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte lectern wrote to the terminal.
    pub raw: Arc<Mutex<Vec<u8>>>,
    pub writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// The terminal's side of the pty; dropping it hangs the terminal up.
    pub master: Option<Box<dyn portable_pty::MasterPty + Send>>,
    pub _config: Option<tempfile::TempDir>,
}

impl Session {
    pub fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::launch(args, cols, rows, true)
    }

    /// Without a thread reading the screen, dropping the master really hangs
    /// the terminal up (the reader would hold a copy of it open).
    pub fn start_unwatched(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::launch(args, cols, rows, false)
    }

    /// Like `start`, keeping lectern's files in `config` (shared between runs).
    pub fn start_in(config: &std::path::Path, args: &[&str], cols: u16, rows: u16) -> Session {
        Session::launch_in(Some(config), args, cols, rows, true, &[])
    }

    /// Like `start`, with environment variables set (`Some`) or removed.
    pub fn start_with_env(args: &[&str], env: &[(&str, Option<&str>)]) -> Session {
        Session::launch_in(None, args, 100, 30, true, env)
    }

    pub fn launch(args: &[&str], cols: u16, rows: u16, watch: bool) -> Session {
        Session::launch_in(None, args, cols, rows, watch, &[])
    }

    pub fn launch_in(
        shared: Option<&std::path::Path>,
        args: &[&str],
        cols: u16,
        rows: u16,
        watch: bool,
        env: &[(&str, Option<&str>)],
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let own = shared.is_none().then(|| tempfile::tempdir().unwrap());
        let config_path =
            shared.map_or_else(|| own.as_ref().unwrap().path().to_owned(), |p| p.to_owned());
        // `sh -c` runs a pipeline (`… | lectern`); anything else is lectern's arguments.
        let mut cmd = match args {
            ["sh", "-c", script] => {
                let mut cmd = CommandBuilder::new("sh");
                cmd.args(["-c", script]);
                cmd
            }
            _ => {
                let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_lectern"));
                cmd.args(args);
                cmd
            }
        };
        cmd.env("TERM", "xterm-256color");
        cmd.env("LECTERN_CONFIG_DIR", &config_path);
        for (name, value) in env {
            match value {
                Some(value) => cmd.env(name, value),
                None => cmd.env_remove(name),
            }
        }
        let child = pty.slave.spawn_command(cmd).expect("lectern starts");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let sink = Arc::clone(&parser);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_sink = Arc::clone(&raw);
        let mut reader = match watch {
            true => pty.master.try_clone_reader().unwrap(),
            false => Box::new(std::io::empty()),
        };
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
                raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        Session {
            parser,
            raw,
            writer,
            child,
            master: Some(pty.master),
            _config: own,
        }
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    pub fn wait_for(&self, what: &str, predicate: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            if predicate(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn hang_up(&mut self) {
        self.master = None;
        self.writer = Box::new(std::io::sink());
    }

    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid").to_string();
        let status = std::process::Command::new("kill")
            .args(["-s", name, &pid])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Wait until the screen has not changed for `quiet` (at most `limit`).
    pub fn settle_for(&self, quiet: Duration, limit: Duration) {
        let deadline = Instant::now() + limit;
        let mut last = self.screen();
        let mut since = Instant::now();
        while Instant::now() < deadline && since.elapsed() < quiet {
            std::thread::sleep(Duration::from_millis(5));
            let now = self.screen();
            if now != last {
                last = now;
                since = Instant::now();
            }
        }
    }

    pub fn exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "lectern did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The last bytes may still be in flight after the exit: give them time.
    pub fn restored(&self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            {
                let parser = self.parser.lock().unwrap();
                let screen = parser.screen();
                if !screen.alternate_screen()
                    && screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
                {
                    return true;
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

impl Drop for Session {
    /// A failed assertion must not leave lectern running.
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

pub fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or("").to_owned()
}
