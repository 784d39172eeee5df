//! A Parquet table on any bytes, read as the rows of an events CSV (`import --format parquet`).
//! With `FUZZ_WRITE_SEED=FILE` it writes the shipped story's events table there, as a seed.
fn main() {
    if let Some(seed) = std::env::var_os("FUZZ_WRITE_SEED") {
        let story = chronomap_fuzz::shipped().expect("the shipped story loads");
        let bytes = chronomap::formats::parquet_table::events(&story).expect("a table");
        std::fs::write(seed, bytes).expect("the seed is written");
        return;
    }
    // `to_csv` catches the parquet crate's own assertions on damaged files (it says them as the
    // file's problem), so the panic hook that makes AFL count every panic is not installed; a panic
    // that escapes still aborts the run and is saved as a crash.
    afl::fuzz_nohook!(|data: &[u8]| {
        let _ = chronomap::formats::parquet_table::to_csv(data.to_vec());
    });
}
