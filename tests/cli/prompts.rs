//! Questions carnet asks on a terminal outside the log session: confirming a deletion and
//! picking one of several contacts that match a name.

use crate::common::TestEnv;
use crate::pty::{Pty, DOWN, ENTER};

#[test]
fn rm_asks_before_deleting_and_no_keeps_the_contact() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    let mut p = Pty::spawn(&env, &["rm", "fred"]);
    // A whole line answers: "n" then Enter.
    p.answer("Delete #1 Frédéric Duval and all their notes?", "n");
    p.wait("Nothing deleted.");
    assert_eq!(p.finish().0, 0);
    assert_eq!(env.count("contacts"), 1);

    let mut p = Pty::spawn(&env, &["rm", "fred"]);
    p.answer("Delete #1 Frédéric Duval and all their notes?", "y");
    p.wait("Deleted #1 Frédéric Duval");
    assert_eq!(p.finish().0, 0);
    assert_eq!(env.count("contacts"), 0);
}

#[test]
fn an_ambiguous_name_is_picked_from_a_list_on_a_terminal() {
    let env = TestEnv::new();
    env.add("Jean Dupont", &[]);
    env.add("Jeanne Roy", &["--company", "Atelier Roy"]);
    let mut p = Pty::spawn(&env, &["show", "jea"]);
    p.keys("Several contacts match 'jea'", &format!("{DOWN}{ENTER}"));
    p.wait("Jeanne Roy  #2");
    assert_eq!(p.finish().0, 0);
}
