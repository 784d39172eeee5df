"""Makes tests/parquet/acled.parquet with pyarrow (pip install pyarrow): ten rows in ACLED's export
columns, event_date as a Parquet DATE and coordinates as doubles, snappy-compressed as pyarrow
writes by default. Run from this folder: python3 make.py
"""

import datetime

import pyarrow as pa
import pyarrow.parquet as pq

rows = []
for i in range(10):
    day = datetime.date(2024, 4, 1) + datetime.timedelta(days=i)
    rows.append({
        "event_id_cnty": f"AZE{1000 + i}",
        "event_date": day,
        "year": day.year,
        "time_precision": 1 if i % 3 else 2,
        "event_type": "Strategic developments",
        "sub_event_type": "Non-violent transfer of territory",
        "actor1": "Military Forces of Russia (2000-)",
        "country": "Azerbaijan",
        "admin1": "Khankendi",
        "location": "Khankendi" if i % 2 else "Lachin",
        "latitude": 39.8153 + i / 1000,
        "longitude": 46.7519 - i / 1000,
        "source": "Interfax",
        "notes": f"On {day.isoformat()}, Russian peacekeepers withdrew from post {i + 1}.",
        "fatalities": 0,
    })
table = pa.Table.from_pylist(rows)
pq.write_table(table, "acled.parquet")
