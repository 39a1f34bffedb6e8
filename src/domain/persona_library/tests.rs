//! Personas out to the library's format and back: the round trip, the library's own example
//! files (vendored under `tests/fixtures/persona-library/`), its schema, and every kind of bad
//! file, each with its message.

use super::*;
use crate::domain::id::sequential::{fresh_ids, id};

const FIXTURES: [(&str, &str); 8] = [
    (
        "dev.json",
        include_str!("../../../tests/fixtures/persona-library/dev.json"),
    ),
    (
        "biz.json",
        include_str!("../../../tests/fixtures/persona-library/biz.json"),
    ),
    (
        "dev-lead.json",
        include_str!("../../../tests/fixtures/persona-library/dev-lead.json"),
    ),
    (
        "drf-dev-infl.json",
        include_str!("../../../tests/fixtures/persona-library/drf-dev-infl.json"),
    ),
    (
        "drf-mix-infl.json",
        include_str!("../../../tests/fixtures/persona-library/drf-mix-infl.json"),
    ),
    (
        "drf-biz-mktg.json",
        include_str!("../../../tests/fixtures/persona-library/drf-biz-mktg.json"),
    ),
    (
        "ssf-dev-oss.json",
        include_str!("../../../tests/fixtures/persona-library/ssf-dev-oss.json"),
    ),
    (
        "ssf-security-dev.json",
        include_str!("../../../tests/fixtures/persona-library/ssf-security-dev.json"),
    ),
];

fn personas(list: &[(&str, &str, &str, &str)]) -> Strategy {
    let mut strategy = Strategy::default();
    for (n, (name, description, goals, pain_points)) in list.iter().enumerate() {
        let persona = LibraryPersona {
            name: (*name).to_owned(),
            description: (*description).to_owned(),
            goals: (*goals).to_owned(),
            pain_points: (*pain_points).to_owned(),
        };
        strategy
            .apply(StrategyEdit::Add {
                list: ListAt::top(ListKind::Personas),
                id: id(n as u8 + 1),
                values: persona.values(),
            })
            .unwrap();
    }
    strategy
}

fn ours(strategy: &Strategy) -> Vec<LibraryPersona> {
    strategy
        .journey
        .personas
        .iter()
        .map(|persona| LibraryPersona {
            name: persona.name.clone(),
            description: persona.description.clone(),
            goals: persona.goals.clone(),
            pain_points: persona.pain_points.clone(),
        })
        .collect()
}

#[test]
fn exported_personas_import_back_the_same() {
    let strategy = personas(&[
        (
            "Andy Advocate",
            "A developer who became an advocate.",
            "Learn new tips\nFind events",
            "Too many asks",
        ),
        ("Carl Community", "", "Meet people", ""),
        (
            "Ursula",
            "Maintains a library\n\non weekends.",
            "",
            "Burn-out\nJargon",
        ),
    ]);
    let text = export_personas(&strategy);
    let found = import(&text).unwrap();
    assert_eq!(found.personas, ours(&strategy));
    assert_eq!(found.not_taken, Vec::<String>::new());
}

#[test]
fn an_export_writes_the_library_fields_and_leaves_empty_ones_out() {
    let strategy = personas(&[
        (
            "Andy Advocate",
            "  Who  ",
            "\n Learn \n\n  Find events\n",
            "",
        ),
        ("", "", "", ""),
    ]);
    let exported: Value = serde_json::from_str(&export_personas(&strategy)).unwrap();
    assert_eq!(
        exported,
        serde_json::json!([
            {
                "id": "andy-advocate",
                "label": "Andy Advocate",
                "narrative": "Who",
                "motivations": { "goals": ["Learn", "Find events"] }
            },
            { "id": "persona-2-untitled", "label": "Persona 2 (untitled)" }
        ])
    );
    // Laid out for reading, as the app's other files are.
    assert!(export_personas(&strategy).starts_with("[\n  {\n    \"id\": \"andy-advocate\","));
    assert_eq!(export_personas(&Strategy::default()), "[]");
    // Its fields in the order of their keys, quoted as JSON quotes them.
    assert_eq!(
        export_personas(&personas(&[("Andy “A”", "Says \"hi\"", "Learn", "Pain\\")])),
        r#"[
  {
    "id": "andy-a",
    "label": "Andy “A”",
    "motivations": {
      "dislikes": [
        "Pain\\"
      ],
      "goals": [
        "Learn"
      ]
    },
    "narrative": "Says \"hi\""
  }
]"#
    );
}

#[test]
fn personas_of_one_name_get_ids_of_their_own_within_a_set() {
    let strategy = personas(&[
        ("Andy", "", "", ""),
        ("andy", "", "", ""),
        ("Andy 2", "", "", ""),
        ("«»", "", "", ""),
    ]);
    let exported: Value = serde_json::from_str(&export_personas(&strategy)).unwrap();
    let ids: Vec<&str> = exported
        .as_array()
        .unwrap()
        .iter()
        .map(|persona| persona["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["andy", "andy-2", "andy-2-2", "persona"]);
}

/// The library's schema, as published: its two `"$id"` keys read as serde_json reads them,
/// the last one kept.
#[cfg(not(target_arch = "wasm32"))]
fn library_schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(include_str!(
        "../../../tests/fixtures/persona-library/persona.schema.json"
    ))
    .unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[cfg(not(target_arch = "wasm32"))]
fn schema_errors(validator: &jsonschema::Validator, persona: &Value) -> Vec<String> {
    validator
        .iter_errors(persona)
        .map(|error| error.to_string())
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_exported_persona_passes_the_library_schema() {
    let validator = library_schema();
    let strategy = personas(&[
        (
            "Andy Advocate",
            "Who they are",
            "Goal one\nGoal two",
            "Pain",
        ),
        ("", "", "", ""),
        ("Only a name", "", "", ""),
        ("Andy Advocate", "", "", "Only pain"),
    ]);
    let exported: Value = serde_json::from_str(&export_personas(&strategy)).unwrap();
    let exported = exported.as_array().unwrap();
    assert_eq!(exported.len(), 4);
    for persona in exported {
        assert_eq!(schema_errors(&validator, persona), Vec::<String>::new());
    }
    // And the schema does refuse what it should, so passing it says something.
    let refused = serde_json::json!({ "id": "x", "label": "X", "goals": ["not here"] });
    assert!(!schema_errors(&validator, &refused).is_empty());
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::{any, prop_assert, prop_assert_eq, prop_oneof, proptest, Just};
    use proptest::strategy::Strategy as _;

    fn any_json() -> impl proptest::strategy::Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            ".{0,12}".prop_map(Value::String),
            Just(Value::String("*".to_owned())),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            let keys = prop_oneof![
                Just("label".to_owned()),
                Just("id".to_owned()),
                Just("narrative".to_owned()),
                Just("motivations".to_owned()),
                Just("goals".to_owned()),
                Just("x-goals".to_owned()),
                Just("dislikes".to_owned()),
                Just("role".to_owned()),
                ".{0,6}",
            ];
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map(keys, inner, 0..6)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    fn any_persona_text() -> impl proptest::strategy::Strategy<Value = String> {
        prop_oneof![".{0,40}", "[ a-z\n]{0,40}", Just(String::new())]
    }

    proptest! {
        #[test]
        fn any_text_is_read_or_refused_in_words(text in ".{0,200}") {
            match import(&text) {
                Ok(found) => prop_assert!(!found.personas.is_empty()),
                Err(error) => prop_assert!(error.to_string().ends_with('.')),
            }
        }

        #[test]
        fn any_json_is_read_or_refused_in_words(value in any_json()) {
            match import(&value.to_string()) {
                Ok(found) => {
                    for persona in &found.personas {
                        prop_assert!(!persona.name.is_empty());
                        prop_assert!(!persona.name.contains('\n'));
                    }
                }
                Err(error) => prop_assert!(error.to_string().ends_with('.')),
            }
        }

        #[test]
        fn any_personas_pass_the_schema_and_come_back_as_their_lines(
            fields in proptest::collection::vec(
                (any_persona_text(), any_persona_text(), any_persona_text(), any_persona_text()),
                0..5,
            )
        ) {
            let mut strategy = Strategy::default();
            let mut ids = fresh_ids();
            for (name, description, goals, pain_points) in &fields {
                let persona = LibraryPersona {
                    name: name.clone(),
                    description: description.clone(),
                    goals: goals.clone(),
                    pain_points: pain_points.clone(),
                };
                strategy.apply(StrategyEdit::Add {
                    list: ListAt::top(ListKind::Personas),
                    id: ids(),
                    values: persona.values(),
                }).unwrap();
            }
            let text = export_personas(&strategy);
            let exported: Value = serde_json::from_str(&text).unwrap();
            let validator = library_schema();
            for persona in exported.as_array().unwrap() {
                prop_assert_eq!(schema_errors(&validator, persona), Vec::<String>::new());
            }
            if fields.is_empty() {
                prop_assert!(import(&text).is_err());
                return Ok(());
            }
            let found = import(&text).unwrap();
            prop_assert_eq!(found.personas.len(), fields.len());
            let list = ListAt::top(ListKind::Personas);
            for (back, persona) in found.personas.iter().zip(&strategy.journey.personas) {
                let label = strategy.item_label(&list, &persona.id);
                prop_assert_eq!(&back.name, &label.split_whitespace().collect::<Vec<_>>().join(" "));
                prop_assert_eq!(&back.description, persona.description.trim());
                let lines_of = |text: &str| lines(text).collect::<Vec<_>>().join("\n");
                prop_assert_eq!(&back.goals, &lines_of(&persona.goals));
                prop_assert_eq!(&back.pain_points, &lines_of(&persona.pain_points));
            }
        }
    }
}

#[test]
fn every_example_of_the_library_imports() {
    for (name, text) in FIXTURES {
        let found = import(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(found.personas.len(), 1, "{name}");
        let file: Value = serde_json::from_str(text).unwrap();
        assert_eq!(found.personas[0].name, file["label"], "{name}");
    }
}

#[test]
fn a_library_persona_gives_its_label_narrative_goals_and_dislikes_and_names_the_rest() {
    let found = import(FIXTURES[3].1).unwrap();
    let andy = &found.personas[0];
    assert_eq!(andy.name, "Andy Advocate");
    assert!(andy
        .description
        .starts_with("This persona joined the DevRel Foundation"));
    assert_eq!(
        andy.goals,
        "Wants to learn new tips and tricks to be more effective.\n\
         Wants to learn about tools or events to match their search criteria and looking for help."
    );
    // Its own dislikes extend the ones it inherits: `x-dislikes`.
    assert_eq!(
        andy.pain_points,
        "Share many of the same dislikes as a dev.\n\
         Often overwhelmed with cross-functional asks from a community with more members than hours in the day."
    );
    // Wildcards ("*") and empty lists say nothing, so they are not named.
    assert_eq!(
        found.not_taken,
        [
            "Not taken from “Andy Advocate”, as a persona here has no field for them: adoption.curve, adoption.modality, awareness.channels, \
             awareness.events, motivations.x-likes, parent, role.function, role.level, \
             role.responsibilities, role.titles, role.tools."
        ]
    );
}

#[test]
fn a_set_of_library_personas_is_read_in_order() {
    let set = format!("[{}, {}]", FIXTURES[4].1, FIXTURES[6].1);
    let found = import(&set).unwrap();
    let names: Vec<&str> = found.personas.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Carl Community", "Ursula the Upstream Maintainer"]);
    assert_eq!(found.not_taken.len(), 2);
    assert!(found.not_taken[1].starts_with(
        "Not taken from “Ursula the Upstream Maintainer”, as a persona here has no field for them: motivations.likes,"
    ));
    // Carl's goals, likes and dislikes are all empty lists.
    assert_eq!(found.personas[0].goals, "");
}

#[test]
fn reading_is_lenient_where_the_meaning_is_plain() {
    let found = import(
        r#"{ "id": "  dev   lead ", "label": 7, "narrative": "  Leads.  ",
             "motivations": { "goals": "One\n\nTwo", "x-goals": ["Three", 4, null],
                              "dislikes": [], "likes": ["*"] },
             "extra": { "deep": { "er": "x" } }, "empty": {} }"#,
    )
    .unwrap();
    assert_eq!(
        found.personas,
        [LibraryPersona {
            name: "dev lead".to_owned(),
            description: "Leads.".to_owned(),
            goals: "One\nTwo\nThree".to_owned(),
            pain_points: String::new(),
        }]
    );
    assert_eq!(
        found.not_taken,
        ["Not taken from “dev lead”, as a persona here has no field for them: extra.deep, label, motivations.x-goals."]
    );
}

#[test]
fn every_field_not_taken_is_named() {
    let fields: Vec<String> = (0..35).map(|n| format!("\"k{n:02}\": 1")).collect();
    let found = import(&format!("{{\"id\": \"x\", {}}}", fields.join(", "))).unwrap();
    assert!(found.not_taken[0]
        .starts_with("Not taken from “x”, as a persona here has no field for them: k00, k01, "));
    assert!(found.not_taken[0].ends_with(", k33, k34."));
}

#[test]
fn a_file_that_is_not_personas_says_why() {
    let cases: [(&str, &str); 11] = [
        ("", "It is empty."),
        ("  \n ", "It is empty."),
        (
            "{\"label\": ",
            "It is not valid JSON: the text breaks off or goes wrong at line 1, column 10.",
        ),
        (
            "42",
            "It holds 0 personas, where one file can bring 1 to 100.",
        ),
        (
            "[]",
            "It holds 0 personas, where one file can bring 1 to 100.",
        ),
        (
            "[{\"id\": \"a\"}, 1]",
            "It is not a persona library file: persona 2 has neither a label nor an id.",
        ),
        (
            "{\"narrative\": \"Who?\"}",
            "It is not a persona library file: persona 1 has neither a label nor an id.",
        ),
        (
            "[{\"id\": \"a\"}, {\"label\": \" \", \"id\": \"\"}]",
            "It is not a persona library file: persona 2 has neither a label nor an id.",
        ),
        (
            "{\"label\": [\"A\"]}",
            "It is not a persona library file: persona 1 has neither a label nor an id.",
        ),
        (
            "{\"format\": \"devrel-playbook\", \"version\": 3}",
            "It is not a persona library file: persona 1 has neither a label nor an id.",
        ),
        (
            "[\"Andy\"]",
            "It is not a persona library file: persona 1 has neither a label nor an id.",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(import(text).unwrap_err().to_string(), message, "{text:?}");
    }
}

#[test]
fn a_persona_longer_than_its_fields_keep_is_read_but_not_added() {
    let strategy = Strategy::default();
    let mut ids = fresh_ids();
    let mut adds_of = |text: &str| {
        let found = import(text).unwrap();
        adds(&strategy, &found.personas, &mut ids).map(|edits| edits.len())
    };
    let long_narrative = format!(
        "{{\"label\": \"Andy\", \"narrative\": \"{}\"}}",
        "x".repeat(10_001)
    );
    assert_eq!(
        adds_of(&long_narrative),
        Err(EditError::TooLong {
            field: "answer",
            max: 10_000
        })
    );
    let long_label = format!(
        "[{{\"id\": \"a\"}}, {{\"label\": \"{}\"}}]",
        "y".repeat(301)
    );
    assert_eq!(
        adds_of(&long_label),
        Err(EditError::TooLong {
            field: "answer",
            max: 300
        })
    );
    // 2,001 lines of four letters, joined by line breaks: 10,004 characters.
    let many_goals: Vec<String> = (0..2_001).map(|_| "\"goal\"".to_owned()).collect();
    let long_goals = format!(
        "{{\"id\": \"a\", \"motivations\": {{\"goals\": [{}]}}}}",
        many_goals.join(",")
    );
    assert_eq!(
        adds_of(&long_goals),
        Err(EditError::TooLong {
            field: "answer",
            max: 10_000
        })
    );
    // At the limits, they are added.
    let at_limits = format!(
        "{{\"label\": \"{}\", \"narrative\": \"{}\"}}",
        "y".repeat(300),
        "x".repeat(10_000)
    );
    assert_eq!(adds_of(&at_limits), Ok(1));
}

#[test]
fn too_many_personas_or_too_large_a_file_is_refused_unread() {
    let many = format!(
        "[{}]",
        vec!["{\"id\": \"a\"}"; MAX_PERSONAS_IN_FILE + 1].join(",")
    );
    assert_eq!(
        import(&many).unwrap_err().to_string(),
        "It holds 101 personas, where one file can bring 1 to 100."
    );
    let exactly = format!(
        "[{}]",
        vec!["{\"id\": \"a\"}"; MAX_PERSONAS_IN_FILE].join(",")
    );
    assert_eq!(
        import(&exactly).unwrap().personas.len(),
        MAX_PERSONAS_IN_FILE
    );
    let large = " ".repeat(MAX_IMPORT_BYTES + 1);
    assert_eq!(
        import(&large).unwrap_err(),
        LoadError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        }
    );
    assert_eq!(
        import(&large).unwrap_err().to_string(),
        "It is too large: 5.1 MB, where a file to import can be at most 5.0 MB."
    );
}

#[test]
fn deeply_nested_json_is_refused_rather_than_overflowing() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(import(&deep), Err(LoadError::NotJson { .. })));
}

#[test]
fn personas_are_added_by_the_edits_any_new_persona_is_added_by() {
    let mut strategy = personas(&[("Already here", "", "", "")]);
    let found = import(&format!("[{}, {}]", FIXTURES[3].1, FIXTURES[6].1)).unwrap();
    let mut ids = fresh_ids();
    let mut new_id = || {
        // Past the ids the strategy already holds.
        ids();
        ids()
    };
    let edits = adds(&strategy, &found.personas, &mut new_id).unwrap();
    assert_eq!(edits.len(), 2);
    assert!(edits.iter().all(|edit| matches!(
        edit,
        StrategyEdit::Add { list, .. } if list == &ListAt::top(ListKind::Personas)
    )));
    for edit in edits {
        strategy.apply(edit).unwrap();
    }
    let added = ours(&strategy);
    assert_eq!(added.len(), 3);
    assert_eq!(&added[1..], found.personas.as_slice());
}

#[test]
fn personas_that_do_not_fit_are_none_of_them_added() {
    let strategy = personas(&[("Already here", "", "", "")]);
    let fits = LibraryPersona {
        name: "Fits".to_owned(),
        ..LibraryPersona::default()
    };
    let too_long = LibraryPersona {
        name: "z".repeat(301),
        ..LibraryPersona::default()
    };
    let mut ids = fresh_ids();
    let mut new_id = || {
        ids();
        ids()
    };
    assert_eq!(
        adds(&strategy, &[fits.clone(), too_long], &mut new_id),
        Err(EditError::TooLong {
            field: "answer",
            max: 300
        })
    );
    // An id already in the plan is refused too, as for any add.
    assert_eq!(
        adds(&strategy, &[fits], &mut || id(1)),
        Err(EditError::DuplicateId)
    );
    assert_eq!(strategy.journey.personas.len(), 1);
}
