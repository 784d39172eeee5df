//! A web archive on any bytes: the first byte says which kind it is named as (a WACZ, a WARC, a
//! gzipped WARC), the rest is the file: zip entries, datapackage digests, WARC records, HTTP
//! responses (chunked, gzip, charsets) and the page's HTML.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Some((&kind, bytes)) = data.split_first() else {
            return;
        };
        let name = match kind % 3 {
            0 => "capture.wacz",
            1 => "capture.warc",
            _ => "capture.warc.gz",
        };
        let _ = chronomap::provenance::archive::page(name, bytes, None);
    });
}
