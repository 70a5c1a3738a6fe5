//! How long each stage of a build took, for `syllabus build --timings` and `serve`.

use std::time::{Duration, Instant};

/// Stages in the order they ran, each with its wall-clock time.
#[derive(Debug, Default, Clone)]
pub struct Timings {
    stages: Vec<(&'static str, Duration)>,
    /// Lines printed under the table.
    notes: Vec<String>,
}

impl Timings {
    /// Runs `work` and records its time under `stage`; a stage may run several times.
    pub fn time<T>(&mut self, stage: &'static str, work: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let value = work();
        self.add(stage, started.elapsed());
        value
    }

    pub fn add(&mut self, stage: &'static str, elapsed: Duration) {
        match self.stages.iter_mut().find(|(name, _)| *name == stage) {
            Some((_, total)) => *total += elapsed,
            None => self.stages.push((stage, elapsed)),
        }
    }

    pub fn note(&mut self, text: String) {
        self.notes.push(text);
    }

    pub fn stages(&self) -> &[(&'static str, Duration)] {
        &self.stages
    }

    pub fn total(&self) -> Duration {
        self.stages.iter().map(|(_, d)| *d).sum()
    }

    /// A table with one line per stage: name, milliseconds, share of the total.
    pub fn render(&self) -> String {
        let total = self.total().as_secs_f64().max(f64::EPSILON);
        let mut out = String::new();
        for (name, elapsed) in &self.stages {
            let seconds = elapsed.as_secs_f64();
            out.push_str(&format!(
                "  {name:<14} {:>9.1} ms {:>5.1}%\n",
                seconds * 1000.0,
                seconds / total * 100.0
            ));
        }
        out.push_str(&format!("  {:<14} {:>9.1} ms\n", "total", total * 1000.0));
        for note in &self.notes {
            out.push_str(&format!("  ({note})\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_stages_add_up_in_first_seen_order() {
        let mut timings = Timings::default();
        timings.add("read", Duration::from_millis(5));
        timings.add("render", Duration::from_millis(10));
        timings.add("read", Duration::from_millis(5));
        let names: Vec<_> = timings.stages().iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["read", "render"]);
        assert_eq!(timings.total(), Duration::from_millis(20));
        assert!(timings.render().contains("read"));
        assert!(timings.render().contains("20.0 ms"));
    }
}
