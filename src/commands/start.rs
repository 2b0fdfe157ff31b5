//! `carnet` without a command: the brief agenda and the commands of the three moments, or
//! how to start on an empty notebook. Exits 0 whatever is due.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::view::start::StartView;
use crate::view::today::Counts;
use crate::view::{self, count};

pub fn run(ctx: &mut Ctx) -> Result<()> {
    let empty = ctx.store.db().is_empty()?;
    let cap = count::CAP + 1;
    let counts = if empty {
        Counts::default()
    } else {
        Counts::load_brief(&ctx.store, ctx.today(), cap)?
    };
    view::show(
        &ctx.out,
        StartView {
            empty,
            counts,
            cap: Some(cap),
        },
    )
}
