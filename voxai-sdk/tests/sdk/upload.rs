use std::sync::{Arc, Mutex};

use voxai_sdk::Error;
use voxai_sdk::knowledge::UploadSource;
use voxai_sdk::types::knowledge::MAX_UPLOAD_BYTES;
use wiremock::matchers::header_regex;

use crate::common::{api, fixture, ok, setup};

/// The multipart body parts a request carried, as (headers, content) text.
fn multipart_text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

#[tokio::test]
async fn upload_a_file_as_multipart_field_file() {
    let (server, client) = setup().await;
    api("POST", "/knowledge-bases/1/documents")
        .and(header_regex(
            "content-type",
            "^multipart/form-data; boundary=",
        ))
        .respond_with(ok(fixture("knowledge_upload.json")))
        .expect(1)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("faq.md");
    let content = "# FAQ\n\nWe are open 9 to 5.\n".repeat(5000);
    std::fs::write(&path, &content).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let done = client
        .knowledge_bases()
        .upload(1, UploadSource::path(&path))
        .on_progress(move |p| sink.lock().unwrap().push((p.bytes, p.total)))
        .await
        .unwrap();
    assert_eq!(done.chunks_created, Some(15));
    assert_eq!(done.source_file.as_deref(), Some("faq.md"));

    let requests = server.received_requests().await.unwrap();
    let body = multipart_text(&requests[0].body);
    assert!(
        body.contains("Content-Disposition: form-data; name=\"file\"; filename=\"faq.md\""),
        "{}",
        &body[..200]
    );
    assert!(body.contains("Content-Type: text/markdown"));
    assert!(body.contains(&content));
    let seen = seen.lock().unwrap();
    assert!(seen.len() > 1, "progress reported once only");
    assert_eq!(
        *seen.last().unwrap(),
        (content.len() as u64, Some(content.len() as u64))
    );
}

#[tokio::test]
async fn upload_bytes_and_readers() {
    let (server, client) = setup().await;
    api("POST", "/knowledge-bases/2/documents")
        .respond_with(ok(fixture("knowledge_upload.json")))
        .expect(2)
        .mount(&server)
        .await;
    client
        .knowledge_bases()
        .upload(2, UploadSource::bytes("notes.txt", "plain notes"))
        .await
        .unwrap();
    let reader = std::io::Cursor::new(b"a,b\n1,2\n".to_vec());
    client
        .knowledge_bases()
        .upload(2, UploadSource::reader("table.csv", reader, None))
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    assert!(multipart_text(&requests[0].body).contains("plain notes"));
    let csv = multipart_text(&requests[1].body);
    assert!(
        csv.contains("filename=\"table.csv\"")
            && csv.contains("Content-Type: text/csv")
            && csv.contains("a,b\n1,2\n")
    );
}

#[tokio::test]
async fn wrong_types_and_oversized_files_are_refused_before_sending() {
    let (server, client) = setup().await;
    let err = client
        .knowledge_bases()
        .upload(1, UploadSource::bytes("slides.pdf", "x"))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field: "file", message } if message.contains(".txt, .md, .csv or .json")),
        "{err}"
    );

    let big = vec![b'a'; (MAX_UPLOAD_BYTES + 1) as usize];
    let err = client
        .knowledge_bases()
        .upload(1, UploadSource::bytes("big.txt", big))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field: "file", message } if message.contains("10 MB")),
        "{err}"
    );

    let err = client
        .knowledge_bases()
        .upload(
            1,
            UploadSource::reader("big.txt", tokio::io::empty(), Some(MAX_UPLOAD_BYTES + 1)),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Validation { field: "file", .. }));

    let err = client
        .knowledge_bases()
        .upload(1, UploadSource::path("/nonexistent/dir/faq.md"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Io(_)), "{err}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_reader_that_grows_past_the_limit_is_cut_off() {
    let (server, client) = setup().await;
    api("POST", "/knowledge-bases/1/documents")
        .respond_with(ok(fixture("knowledge_upload.json")))
        .mount(&server)
        .await;
    let endless = tokio::io::repeat(b'x');
    let err = client
        .knowledge_bases()
        .upload(1, UploadSource::reader("huge.txt", endless, None))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field: "file", message } if message.contains("10 MB")),
        "{err}"
    );
}
