//! Decoded tiles kept between frames: each view takes the ones it needs, decoding those it lacks,
//! and the least recently used go once more than a limit are kept.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

pub struct KeptTiles<Id, Tile> {
    tiles: HashMap<Id, (u64, Arc<Tile>)>,
    clock: u64,
    limit: usize,
}

impl<Id: Copy + Eq + Hash, Tile> KeptTiles<Id, Tile> {
    pub fn new(limit: usize) -> Self {
        KeptTiles {
            tiles: HashMap::new(),
            clock: 0,
            limit,
        }
    }

    /// The tiles of `ids`, those not kept made by `make` (once each).
    pub fn take(&mut self, ids: Vec<Id>, mut make: impl FnMut(Id) -> Tile) -> Vec<Arc<Tile>> {
        self.clock += 1;
        let mut shown = Vec::with_capacity(ids.len());
        for id in ids {
            let tile = match self.tiles.get_mut(&id) {
                Some((used, tile)) => {
                    *used = self.clock;
                    tile.clone()
                }
                None => {
                    let tile = Arc::new(make(id));
                    self.tiles.insert(id, (self.clock, tile.clone()));
                    tile
                }
            };
            shown.push(tile);
        }
        while self.tiles.len() > self.limit.max(shown.len()) {
            let oldest = self.tiles.iter().min_by_key(|(_, (used, _))| *used);
            let Some(&id) = oldest.map(|(id, _)| id) else {
                break;
            };
            self.tiles.remove(&id);
        }
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tile_is_made_once_while_kept_and_the_least_recently_used_goes_first() {
        let mut kept = KeptTiles::new(2);
        let mut made = Vec::new();
        let mut take = |kept: &mut KeptTiles<u8, u8>, ids: Vec<u8>| {
            kept.take(ids, |id| {
                made.push(id);
                id
            })
        };
        take(&mut kept, vec![1, 2]);
        take(&mut kept, vec![1]);
        take(&mut kept, vec![3]);
        take(&mut kept, vec![1, 2]);
        assert_eq!(made, vec![1, 2, 3, 2]);
    }
}
