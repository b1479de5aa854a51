import Foundation

/// Glossary JSONL: one JSON object per entry, keys in a fixed order, absent values omitted.
///
/// ```
/// {"german":"Botschaft","english":"embassy","part_of_speech":"noun","confidence":0.91,"frequency":4,
///  "evidence":["lexicon","cooccurrence"],"contexts":[{"de":"…","en":"…"}]}
/// ```
public enum GlossaryJSONL {
    public static func write(_ glossary: Glossary) -> [UInt8] {
        var out: [UInt8] = []
        for entry in glossary.entries {
            var line = JSONLine()
            line.field("german", entry.german)
            line.field("english", entry.english)
            if let pos = entry.partOfSpeech { line.field("part_of_speech", pos.rawValue) }
            if !entry.domain.isEmpty { line.field("domain", entry.domain) }
            if !entry.note.isEmpty { line.field("note", entry.note) }
            if let status = entry.status { line.field("status", status.rawValue) }
            if let confidence = entry.confidence { line.field("confidence", confidence, decimals: GlossaryEntry.confidenceDecimals) }
            if let frequency = entry.frequency { line.field("frequency", frequency) }
            if let gender = entry.gender { line.field("gender", gender.letter) }
            if !entry.variants.isEmpty { line.field("variants", TermVariant.field(entry.variants)) }
            line.field("evidence", raw: JSONLine.array(entry.evidence.map { kind in
                var bytes: [UInt8] = []
                JSONLine.appendString(kind.rawValue, to: &bytes)
                return bytes
            }))
            line.field("contexts", raw: JSONLine.array(entry.contexts.map { pair in
                var object = JSONLine()
                object.field("de", pair.german)
                object.field("en", pair.english)
                return object.object()
            }))
            out.append(contentsOf: line.finished())
        }
        return out
    }

    /// - Throws: `InputError.malformed` naming the line of the first bad record.
    public static func read(_ file: TextFile) throws(InputError) -> Glossary {
        var entries: [GlossaryEntry] = []
        for record in try JSONLRecords.parse(file) {
            func fail(_ message: String) -> InputError {
                InputError(file: file.name, reason: .malformed(line: record.line, column: 1, message: message))
            }
            func text(_ key: String) -> String { record.fields[key] as? String ?? "" }
            var fields = [
                try record.string("german"), try record.string("english"), text("part_of_speech"), text("domain"),
                text("note"), text("status"), "", "", "", text("gender"), text("variants"),
            ]
            if let number = record.fields["confidence"] as? NSNumber { fields[6] = number.stringValue }
            if let number = record.fields["frequency"] as? NSNumber { fields[7] = number.stringValue }
            if let evidence = record.fields["evidence"] {
                guard let list = evidence as? [String] else { throw fail("\"evidence\" must be an array of strings") }
                fields[8] = list.joined(separator: ",")
            }
            if let contexts = record.fields["contexts"] {
                guard let list = contexts as? [[String: Any]] else { throw fail("\"contexts\" must be an array of objects") }
                for pair in list {
                    guard let de = pair["de"] as? String, let en = pair["en"] as? String else {
                        throw fail("each context needs string fields \"de\" and \"en\"")
                    }
                    fields.append(de)
                    fields.append(en)
                }
            }
            do {
                entries.append(try GlossaryTable.entry(fields))
            } catch {
                throw fail("field \"\(GlossaryTable.fixedColumns[min(error.column, GlossaryTable.fixedColumns.count - 1)])\": \(error.message)")
            }
        }
        return Glossary(entries: entries)
    }
}
