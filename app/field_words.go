package app

// fieldName names the field at path (a file key such as "unit.end" or
// "descriptors.LEVEL-ID") of the entity with id in the words the editor
// shows beside it: "Ends", `Descriptor at level "Proficient"`. A person
// never reads a file key or an id.
func fieldName(e *editor, id, path string) string { return e.doc.Project.FieldName(id, path) }
