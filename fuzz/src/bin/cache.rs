//! The story cache's payload (a postcard-encoded story) on any bytes: a cache whose trailer holds
//! but whose body is not what this build wrote must be refused, never a crash or a huge allocation.
//! With `FUZZ_WRITE_SEED=FILE` it writes the shipped story's payload there, as a seed, and stops.
fn main() {
    if let Some(seed) = std::env::var_os("FUZZ_WRITE_SEED") {
        let story = chronomap_fuzz::shipped().expect("the shipped story loads");
        let bytes = postcard::to_stdvec(&story).expect("a story encodes");
        std::fs::write(seed, bytes).expect("the seed is written");
        return;
    }
    afl::fuzz!(|data: &[u8]| {
        let _ = postcard::from_bytes::<chronomap::model::Story>(data);
    });
}
