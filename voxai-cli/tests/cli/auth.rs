//! `voxai auth`, profiles and the config file.

use std::io::Write;
use std::process::Stdio;

use crate::common::Env;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_status_use_logout() {
    let env = Env::start().await;
    let mut login = env.command();
    login
        .env_remove("VOXAI_API_KEY")
        .args(["auth", "login", "--with-key", "--profile", "ci"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = login.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"pk_test_pro\n")
        .unwrap();
    let output = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("Professional") && !said.contains("pk_test_pro"),
        "{said}"
    );

    // No keyring here: the key went to the config file, mode 0600.
    let config = env.dir.path().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(
        text.contains("[profiles.ci]") && text.contains("key_store = \"file\""),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&config).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    let status = env
        .command()
        .env_remove("VOXAI_API_KEY")
        .args(["--profile", "ci", "auth", "status"])
        .output()
        .unwrap();
    assert!(status.status.success());
    let shown = String::from_utf8_lossy(&status.stdout);
    assert!(
        shown.contains("Professional") && shown.contains("config file"),
        "{shown}"
    );
    assert!(!shown.contains("pk_test_pro"), "the key is masked: {shown}");
    let listed = env
        .command()
        .env_remove("VOXAI_API_KEY")
        .args(["--profile", "ci", "-q", "agents", "list"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&listed.stdout).lines().count(), 3);
    // Flags beat the profile.
    let flag = env
        .command()
        .env_remove("VOXAI_API_KEY")
        .args(["--profile", "ci", "--api-key", "pk_nope", "agents", "list"])
        .output()
        .unwrap();
    assert_eq!(flag.status.code(), Some(3));

    assert!(
        env.command()
            .env_remove("VOXAI_API_KEY")
            .args(["--profile", "ci", "auth", "logout"])
            .output()
            .unwrap()
            .status
            .success()
    );
    let after = env
        .command()
        .env_remove("VOXAI_API_KEY")
        .args(["--profile", "ci", "auth", "status"])
        .output()
        .unwrap();
    // The profile is gone: naming it is a usage error that says so.
    assert_eq!(after.status.code(), Some(2));
    let said = String::from_utf8_lossy(&after.stderr);
    assert!(said.contains("profile \"ci\" does not exist"), "{said}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_key_is_not_stored() {
    let env = Env::start().await;
    let mut login = env.command();
    login
        .env_remove("VOXAI_API_KEY")
        .args(["auth", "login", "--with-key"])
        .stdin(Stdio::piped());
    let mut child = login
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"pk_wrong\n")
        .unwrap();
    let output = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(!env.dir.path().join("config.toml").exists());
    // Without a terminal and without --with-key, login does not hang waiting for one.
    let refused = env.run(&["auth", "login"]).await;
    refused.code(2);
    assert!(refused.stderr.contains("--with-key"));
}
