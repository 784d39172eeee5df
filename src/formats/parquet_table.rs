//! Events as Parquet, the table format DuckDB, Spark and pandas share: a Parquet file is read as
//! the rows of an events CSV (its columns by name: ACLED's, Chronomap's, or date/title/lon/lat),
//! so every layout and check of the CSV import serves it; the events table is written with the
//! CSV export's columns, `earliest` and `latest` as dates.

use super::events_csv;
use crate::model::Story;
use bytes::Bytes;
use parquet::basic::{ConvertedType, Repetition, Type as PhysicalType};
use parquet::data_type::{ByteArray, ByteArrayType, Int32Type};
use parquet::file::properties::WriterProperties;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::file::writer::SerializedFileWriter;
use parquet::record::Field;
use parquet::schema::types::Type;
use std::sync::Arc;

/// Days from 0001-01-01 (chrono's count) to 1970-01-01 (Parquet's DATE).
const UNIX_EPOCH_DAYS: i32 = 719_163;

/// A Parquet file's rows as CSV text: a header of its column names, then each row's values as
/// text (dates as YYYY-MM-DD, missing values empty).
///
/// The `parquet` crate asserts on some damaged files instead of returning an error (found by
/// fuzzing: a column chunk of negative length, a bit-packed run past its buffer); the reading is
/// kept to this function, which touches nothing else, so such a stop is caught and said as the
/// file's problem.
pub fn to_csv(bytes: Vec<u8>) -> Result<String, String> {
    std::panic::catch_unwind(move || read_rows(bytes)).unwrap_or_else(|stop| {
        let why = stop
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| stop.downcast_ref::<&str>().copied())
            .unwrap_or("the reader stopped");
        Err(format!("the Parquet file is damaged ({why})"))
    })
}

fn read_rows(bytes: Vec<u8>) -> Result<String, String> {
    let reader = SerializedFileReader::new(Bytes::from(bytes)).map_err(|e| e.to_string())?;
    check_dictionaries(&reader)?;
    let columns: Vec<String> = reader
        .metadata()
        .file_metadata()
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name().to_owned())
        .collect();
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&columns).map_err(|e| e.to_string())?;
    for (n, row) in reader
        .get_row_iter(None)
        .map_err(|e| e.to_string())?
        .enumerate()
    {
        let row = row.map_err(|e| format!("row {}: {e}", n + 1))?;
        let mut values = vec![String::new(); columns.len()];
        for (name, field) in row.get_column_iter() {
            if let Some(at) = columns.iter().position(|c| c == name) {
                values[at] = text(field);
            }
        }
        out.write_record(&values).map_err(|e| e.to_string())?;
    }
    let bytes = out.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// Refuses a dictionary page that claims more values than its bytes can hold (each takes at least
/// one byte, as PLAIN writes them): the `parquet` crate makes room for every claimed value before
/// reading one, and a damaged count (found by fuzzing: 61 GB for a 12 KB file) stops the whole
/// program, which no catch can mend. Pages are read once more for this; they are small beside
/// the rows made of them.
fn check_dictionaries(reader: &SerializedFileReader<Bytes>) -> Result<(), String> {
    use parquet::column::page::Page;
    for group in 0..reader.num_row_groups() {
        let group_reader = reader.get_row_group(group).map_err(|e| e.to_string())?;
        for column in 0..group_reader.num_columns() {
            let mut pages = group_reader
                .get_column_page_reader(column)
                .map_err(|e| e.to_string())?;
            while let Some(page) = pages.get_next_page().map_err(|e| e.to_string())? {
                if let Page::DictionaryPage {
                    buf, num_values, ..
                } = page
                    && num_values as usize > buf.len()
                {
                    return Err(format!(
                        "the Parquet file is damaged (a dictionary of {num_values} values in {} bytes)",
                        buf.len()
                    ));
                }
            }
        }
    }
    Ok(())
}

/// A value as the CSV import reads it.
fn text(field: &Field) -> String {
    let day = |days: i64| {
        i32::try_from(days)
            .ok()
            .and_then(|d| d.checked_add(UNIX_EPOCH_DAYS))
            .and_then(chrono::NaiveDate::from_num_days_from_ce_opt)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    match field {
        Field::Null => String::new(),
        Field::Str(s) => s.clone(),
        Field::Date(days) => day(i64::from(*days)),
        Field::TimestampMillis(ms) => day(ms.div_euclid(86_400_000)),
        Field::TimestampMicros(us) => day(us.div_euclid(86_400_000_000)),
        Field::Bytes(b) => String::from_utf8_lossy(b.data()).into_owned(),
        other => other.to_string(),
    }
}

/// The story's events as a Parquet table: the events CSV's columns, as text, with `earliest` and
/// `latest` as dates.
pub fn events(story: &Story) -> Result<Vec<u8>, String> {
    let mut csv_bytes = Vec::new();
    events_csv::export(story, &mut csv_bytes).map_err(|e| e.to_string())?;
    let mut reader = csv::Reader::from_reader(&csv_bytes[..]);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| e.to_string())?
        .iter()
        .map(str::to_owned)
        .collect();
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .map_err(|e| e.to_string())?;
    let is_date = |name: &str| name == "earliest" || name == "latest";
    let fields = headers
        .iter()
        .map(|name| {
            let (physical, converted) = if is_date(name) {
                (PhysicalType::INT32, ConvertedType::DATE)
            } else {
                (PhysicalType::BYTE_ARRAY, ConvertedType::UTF8)
            };
            Type::primitive_type_builder(name, physical)
                .with_converted_type(converted)
                .with_repetition(Repetition::REQUIRED)
                .build()
                .map(Arc::new)
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let schema = Type::group_type_builder("events")
        .with_fields(fields)
        .build()
        .map_err(|e| e.to_string())?;
    let properties = Arc::new(WriterProperties::builder().build());
    let mut writer = SerializedFileWriter::new(Vec::new(), Arc::new(schema), properties)
        .map_err(|e| e.to_string())?;
    let mut group = writer.next_row_group().map_err(|e| e.to_string())?;
    let mut at = 0;
    while let Some(mut column) = group.next_column().map_err(|e| e.to_string())? {
        let cells = rows.iter().map(|r| r.get(at).unwrap_or_default());
        if is_date(&headers[at]) {
            let days: Vec<i32> = cells
                .map(|c| {
                    chrono::NaiveDate::parse_from_str(c, "%Y-%m-%d")
                        .map(|d| chrono::Datelike::num_days_from_ce(&d) - UNIX_EPOCH_DAYS)
                        .unwrap_or_default()
                })
                .collect();
            column
                .typed::<Int32Type>()
                .write_batch(&days, None, None)
                .map_err(|e| e.to_string())?;
        } else {
            let values: Vec<ByteArray> = cells
                .map(|c| ByteArray::from(c.as_bytes().to_vec()))
                .collect();
            column
                .typed::<ByteArrayType>()
                .write_batch(&values, None, None)
                .map_err(|e| e.to_string())?;
        }
        column.close().map_err(|e| e.to_string())?;
        at += 1;
    }
    group.close().map_err(|e| e.to_string())?;
    writer.into_inner().map_err(|e| e.to_string())
}
