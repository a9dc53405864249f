//! Knowledge bases (reference section 11): chunking, embedding, search. The records
//! and what is done to them are in `store`, the handlers in `routes`, the text splitter
//! in `chunker`.

mod chunker;
mod routes;
mod store;

pub(crate) use routes::routes;
pub(crate) use store::KnowledgeBaseRecord;
