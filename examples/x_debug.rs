fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).unwrap();
    let d = args[2].parse().unwrap();
    for c in forecast_ledger::extract::extract(&text, d) {
        println!(
            "{} | {} | {} | {:?} {:?} | {:?} | {}",
            c.claim,
            c.probability,
            c.probability_basis,
            c.deadline,
            c.deadline_phrase,
            c.attributed_to,
            &text[c.start..c.end]
        );
    }
}
