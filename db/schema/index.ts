export * from "./enums";
export * from "./taxonomy";
export * from "./issues";
export * from "./articles";
export * from "./users";
export * from "./revisions";
export * from "./newsletter";
export * from "./search";
