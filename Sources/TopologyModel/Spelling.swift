/// The closest of `candidates` to a misspelt `word`, if one is close enough to be a plausible typo
/// (at most a third of its length, between 1 and 3 edits). Ties go to the earlier candidate, so
/// callers that want a stable hint pass candidates in a stable order.
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(word, candidate)
        if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    guard let best else { return nil }
    return best.distance <= max(1, min(3, best.candidate.count / 3)) ? best.candidate : nil
}

/// Levenshtein distance over Unicode scalars (names and keys are short: O(n·m) is fine).
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
