//! A picture on any bytes, under the name its first byte chooses (.jpg, .png, .webp): its size,
//! EXIF claims and Content Credentials read, then decoded and reduced as the reader and the page
//! do, within the bounds every input keeps (size checked from the header first, memory capped).
fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Some((&kind, bytes)) = data.split_first() else {
            return;
        };
        let name = ["a.jpg", "a.png", "a.webp"][usize::from(kind % 3)];
        let _ = chronomap::provenance::picture::read(name, bytes);
        let _ = chronomap::provenance::picture::decode_reduced(name, bytes, 256, u16::from(kind % 9));
    });
}
