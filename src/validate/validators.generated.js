// Written by `npm run validators` (scripts/validators.ts) from schemas/: do not edit.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const fingerprint = "d9977670235b145b4dc8211e9c8cf462a11d2474842751af1fc4165e9b324a1d";
"use strict";
export const assessment = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://chc.example/schemas/assessment.schema.json","title":"Complaint Handling Code self-assessment","description":"A landlord's self-assessment for one period against one version of the Complaint Handling Code: assessments/<landlord>/<period>/assessment.yaml.","type":"object","additionalProperties":false,"required":["code","period","assessed_on","responses"],"properties":{"$schema":{"type":"string","description":"Optional link to this schema, for editors."},"code":{"type":["string","integer"],"description":"The Code version assessed against: the name of a file in code-versions/ without .yaml, e.g. \"2024\". Write it in quotes.","examples":["2024","2022","2020"]},"period":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}$","description":"The financial year assessed, like 2023-24 (April 2023 to March 2024). It must match the folder name."},"assessed_on":{"type":"string","format":"date","description":"The date the self-assessment was completed (YYYY-MM-DD)."},"covers":{"type":"array","items":{"type":"string","minLength":1},"description":"For a group: the entities (subsidiaries) this single self-assessment covers. The Ombudsman expects them to be stated in the self-assessment."},"layout":{"type":"string","enum":["code","must-should"],"description":"How the outputs lay out each section: `code` (default) in the Code's order, with its stages; `must-should` as the 2022 Code's own form, a table of \"Mandatory 'must'\" provisions then one of \"Best practice 'should'\" provisions per section."},"introduction":{"type":"string","description":"Markdown: an introduction printed before the self-assessment (context, who took part, the scrutiny panel's role)."},"approval":{"type":"object","additionalProperties":false,"required":["body","date"],"description":"The governing body's approval. Leave it out while the assessment is a draft: every output then says DRAFT. Prefer `chc approve`, which also records a hash of what was approved.","properties":{"body":{"type":"string","minLength":1,"description":"Who approved it, e.g. \"Board\", \"Cabinet\", \"Customer Committee\"."},"date":{"type":"string","format":"date","description":"The date of the meeting that approved it (YYYY-MM-DD); not before `assessed_on`, not in the future."},"reference":{"type":"string","description":"The minute or decision reference, e.g. \"Board minute 24/061\"."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Written by `chc approve`: the SHA-256 of everything the approved outputs are made from: this file without its approval block, the response and every evidence file it uses, the landlord's details and logo, this approval record (body, date, reference, landlord), and the previous period's answers that What changed compares. Do not edit by hand: `chc check` reports approval-stale when any of it no longer matches."},"files":{"type":"object","description":"Written by `chc approve`: the SHA-256 of each part of the approved content (assessment.yaml; each file as the assessment names it; ../landlord.yaml and the logo; `approval`, this record; ../<previous period>/assessment.yaml), so `chc check` can say what changed.","additionalProperties":{"type":"string","pattern":"^([0-9a-f]{64}|missing)$"}},"landlord":{"type":"object","additionalProperties":false,"description":"Written by `chc approve`: the landlord's name, governing body and group members when it was approved, so next year's diff can say what changed.","properties":{"name":{"type":"string"},"governing_body":{"type":"string"},"group_members":{"type":"array","items":{"type":"string"}}}},"answers":{"type":"object","description":"Written by `chc approve`: a short hash of each provision's response as approved, so `chc check` can name the provisions whose answers changed since. Not part of the approved content's hash.","additionalProperties":{"type":"string","pattern":"^[0-9a-f]{12}$"}},"code":{"type":"object","description":"Written by `chc approve`: a short hash of each provision of the Code data as the outputs showed it (and `*` for the rest of the form), so `chc check` can name the provisions an update of the Code data changed. Not part of the approved content's hash.","additionalProperties":{"type":"string","pattern":"^[0-9a-f]{12}$"}}}},"governing_body_response":{"type":"string","minLength":1,"description":"A markdown file beside this one (e.g. response.md) holding the governing body's response to the self-assessment, published alongside it."},"responses":{"type":"object","description":"The answers, keyed by the provision's number as the Code prints it, in quotes: \"1.2\", \"5.13\" (2020 form: \"1a\", \"4g\"). An id left empty (nothing after the colon) is a provision not answered yet. Hovering over an id shows what the Code asks (the provision's own description comes from code-versions/).","propertyNames":{"pattern":"^\\S+$"},"additionalProperties":{"$ref":"#/definitions/response"}}},"definitions":{"response":{"type":["object","null"],"additionalProperties":false,"properties":{"comply":{"enum":["yes","no","partial","n/a"],"description":"Does the landlord comply? yes | no | partial | n/a. Write the word, not true/false. `no` and `partial` need an action with a due date; `n/a` needs commentary or evidence saying why."},"answer":{"type":["string","number"],"description":"Markdown: for a question that asks for a figure or a narrative (2020 form), the answer itself."},"evidence":{"type":"string","description":"Markdown: what shows compliance (policy sections, procedures, reports, figures)."},"documents":{"type":"array","description":"Documents relied on as evidence.","items":{"$ref":"#/definitions/document"}},"commentary":{"type":"string","description":"Markdown: explanation, context, planned improvements."},"actions":{"type":"array","description":"What the landlord will do where it does not (fully) comply, or plans to improve. Required for `no` and `partial`.","items":{"$ref":"#/definitions/action"}},"needs_review":{"type":"string","description":"Written by `chc new` on an answer carried forward from last year: where it came from. `chc check` warns until someone reviews the answer and deletes this line."}}},"document":{"type":"object","additionalProperties":false,"required":["title"],"description":"A document relied on as evidence: a web address (`url`) or a file in the landlord's folder (`file`).","properties":{"title":{"type":"string","minLength":1,"description":"The document's title as residents would know it."},"url":{"type":"string","minLength":1,"description":"A web address (https://…) where the document is published."},"file":{"type":"string","minLength":1,"description":"A file in the landlord's folder, relative to this assessment's folder, e.g. ../evidence/complaints-policy.md."},"section":{"type":["string","number"],"description":"The section relied on: its number or its title as a heading of the document (\"7\", \"7.4\", \"Exclusions\")."},"page":{"type":["string","integer"],"description":"The page relied on, where the document has pages."},"internal":{"type":"boolean","default":false,"description":"true: an internal document; the public edition shows only \"Internal document — available on request\"."}}},"action":{"type":"object","additionalProperties":false,"required":["description"],"description":"An action to reach or improve compliance.","properties":{"description":{"type":"string","minLength":1,"description":"What will be done."},"owner":{"type":"string","description":"Who is responsible (a role or team, not a private person's name)."},"due":{"type":"string","format":"date","description":"When it will be done (YYYY-MM-DD)."},"status":{"enum":["open","done","dropped"],"default":"open","description":"open | done | dropped."},"completed_on":{"type":"string","format":"date","description":"When a done action was completed (YYYY-MM-DD)."},"note":{"type":"string","description":"Markdown: progress, or why it was dropped."}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}$", "u");
const pattern1 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern2 = new RegExp("^([0-9a-f]{64}|missing)$", "u");
const pattern3 = new RegExp("^[0-9a-f]{12}$", "u");
const pattern5 = new RegExp("^\\S+$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;
const schema12 = {"type":["object","null"],"additionalProperties":false,"properties":{"comply":{"enum":["yes","no","partial","n/a"],"description":"Does the landlord comply? yes | no | partial | n/a. Write the word, not true/false. `no` and `partial` need an action with a due date; `n/a` needs commentary or evidence saying why."},"answer":{"type":["string","number"],"description":"Markdown: for a question that asks for a figure or a narrative (2020 form), the answer itself."},"evidence":{"type":"string","description":"Markdown: what shows compliance (policy sections, procedures, reports, figures)."},"documents":{"type":"array","description":"Documents relied on as evidence.","items":{"$ref":"#/definitions/document"}},"commentary":{"type":"string","description":"Markdown: explanation, context, planned improvements."},"actions":{"type":"array","description":"What the landlord will do where it does not (fully) comply, or plans to improve. Required for `no` and `partial`.","items":{"$ref":"#/definitions/action"}},"needs_review":{"type":"string","description":"Written by `chc new` on an answer carried forward from last year: where it came from. `chc check` warns until someone reviews the answer and deletes this line."}}};
const schema13 = {"type":"object","additionalProperties":false,"required":["title"],"description":"A document relied on as evidence: a web address (`url`) or a file in the landlord's folder (`file`).","properties":{"title":{"type":"string","minLength":1,"description":"The document's title as residents would know it."},"url":{"type":"string","minLength":1,"description":"A web address (https://…) where the document is published."},"file":{"type":"string","minLength":1,"description":"A file in the landlord's folder, relative to this assessment's folder, e.g. ../evidence/complaints-policy.md."},"section":{"type":["string","number"],"description":"The section relied on: its number or its title as a heading of the document (\"7\", \"7.4\", \"Exclusions\")."},"page":{"type":["string","integer"],"description":"The page relied on, where the document has pages."},"internal":{"type":"boolean","default":false,"description":"true: an internal document; the public edition shows only \"Internal document — available on request\"."}}};
const schema14 = {"type":"object","additionalProperties":false,"required":["description"],"description":"An action to reach or improve compliance.","properties":{"description":{"type":"string","minLength":1,"description":"What will be done."},"owner":{"type":"string","description":"Who is responsible (a role or team, not a private person's name)."},"due":{"type":"string","format":"date","description":"When it will be done (YYYY-MM-DD)."},"status":{"enum":["open","done","dropped"],"default":"open","description":"open | done | dropped."},"completed_on":{"type":"string","format":"date","description":"When a done action was completed (YYYY-MM-DD)."},"note":{"type":"string","description":"Markdown: progress, or why it was dropped."}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema12.type},message:"must be object,null",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "comply") || (key0 === "answer")) || (key0 === "evidence")) || (key0 === "documents")) || (key0 === "commentary")) || (key0 === "actions")) || (key0 === "needs_review"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.comply !== undefined){
let data0 = data.comply;
if(!((((data0 === "yes") || (data0 === "no")) || (data0 === "partial")) || (data0 === "n/a"))){
const err2 = {instancePath:instancePath+"/comply",schemaPath:"#/properties/comply/enum",keyword:"enum",params:{allowedValues: schema12.properties.comply.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.comply.enum,parentSchema:schema12.properties.comply,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.answer !== undefined){
let data1 = data.answer;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
const err3 = {instancePath:instancePath+"/answer",schemaPath:"#/properties/answer/type",keyword:"type",params:{type: schema12.properties.answer.type},message:"must be string,number",schema:schema12.properties.answer.type,parentSchema:schema12.properties.answer,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.evidence !== undefined){
let data2 = data.evidence;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.evidence.type,parentSchema:schema12.properties.evidence,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.documents !== undefined){
let data3 = data.documents;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.title === undefined){
const err5 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema13.required,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data4){
if(!((((((key1 === "title") || (key1 === "url")) || (key1 === "file")) || (key1 === "section")) || (key1 === "page")) || (key1 === "internal"))){
const err6 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.title !== undefined){
let data5 = data4.title;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err7 = {instancePath:instancePath+"/documents/" + i0+"/title",schemaPath:"#/definitions/document/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.title,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/documents/" + i0+"/title",schemaPath:"#/definitions/document/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.title.type,parentSchema:schema13.properties.title,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.url !== undefined){
let data6 = data4.url;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err9 = {instancePath:instancePath+"/documents/" + i0+"/url",schemaPath:"#/definitions/document/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.url,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/documents/" + i0+"/url",schemaPath:"#/definitions/document/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.url.type,parentSchema:schema13.properties.url,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.file !== undefined){
let data7 = data4.file;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err11 = {instancePath:instancePath+"/documents/" + i0+"/file",schemaPath:"#/definitions/document/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.file,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/documents/" + i0+"/file",schemaPath:"#/definitions/document/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.file.type,parentSchema:schema13.properties.file,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.section !== undefined){
let data8 = data4.section;
if((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))){
const err13 = {instancePath:instancePath+"/documents/" + i0+"/section",schemaPath:"#/definitions/document/properties/section/type",keyword:"type",params:{type: schema13.properties.section.type},message:"must be string,number",schema:schema13.properties.section.type,parentSchema:schema13.properties.section,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.page !== undefined){
let data9 = data4.page;
if((typeof data9 !== "string") && (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9))))){
const err14 = {instancePath:instancePath+"/documents/" + i0+"/page",schemaPath:"#/definitions/document/properties/page/type",keyword:"type",params:{type: schema13.properties.page.type},message:"must be string,integer",schema:schema13.properties.page.type,parentSchema:schema13.properties.page,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.internal !== undefined){
let data10 = data4.internal;
if(typeof data10 !== "boolean"){
const err15 = {instancePath:instancePath+"/documents/" + i0+"/internal",schemaPath:"#/definitions/document/properties/internal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.internal.type,parentSchema:schema13.properties.internal,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.documents.type,parentSchema:schema12.properties.documents,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.commentary !== undefined){
let data11 = data.commentary;
if(typeof data11 !== "string"){
const err18 = {instancePath:instancePath+"/commentary",schemaPath:"#/properties/commentary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.commentary.type,parentSchema:schema12.properties.commentary,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.actions !== undefined){
let data12 = data.actions;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.description === undefined){
const err19 = {instancePath:instancePath+"/actions/" + i1,schemaPath:"#/definitions/action/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema14.required,parentSchema:schema14,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 in data13){
if(!((((((key2 === "description") || (key2 === "owner")) || (key2 === "due")) || (key2 === "status")) || (key2 === "completed_on")) || (key2 === "note"))){
const err20 = {instancePath:instancePath+"/actions/" + i1,schemaPath:"#/definitions/action/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data13.description !== undefined){
let data14 = data13.description;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err21 = {instancePath:instancePath+"/actions/" + i1+"/description",schemaPath:"#/definitions/action/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.description,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/actions/" + i1+"/description",schemaPath:"#/definitions/action/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.description.type,parentSchema:schema14.properties.description,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data13.owner !== undefined){
let data15 = data13.owner;
if(typeof data15 !== "string"){
const err23 = {instancePath:instancePath+"/actions/" + i1+"/owner",schemaPath:"#/definitions/action/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.owner.type,parentSchema:schema14.properties.owner,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data13.due !== undefined){
let data16 = data13.due;
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err24 = {instancePath:instancePath+"/actions/" + i1+"/due",schemaPath:"#/definitions/action/properties/due/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema14.properties.due,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/actions/" + i1+"/due",schemaPath:"#/definitions/action/properties/due/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.due.type,parentSchema:schema14.properties.due,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.status !== undefined){
let data17 = data13.status;
if(!(((data17 === "open") || (data17 === "done")) || (data17 === "dropped"))){
const err26 = {instancePath:instancePath+"/actions/" + i1+"/status",schemaPath:"#/definitions/action/properties/status/enum",keyword:"enum",params:{allowedValues: schema14.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.status.enum,parentSchema:schema14.properties.status,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.completed_on !== undefined){
let data18 = data13.completed_on;
if(typeof data18 === "string"){
if(!(formats0.validate(data18))){
const err27 = {instancePath:instancePath+"/actions/" + i1+"/completed_on",schemaPath:"#/definitions/action/properties/completed_on/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema14.properties.completed_on,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/actions/" + i1+"/completed_on",schemaPath:"#/definitions/action/properties/completed_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.completed_on.type,parentSchema:schema14.properties.completed_on,data:data18};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data13.note !== undefined){
let data19 = data13.note;
if(typeof data19 !== "string"){
const err29 = {instancePath:instancePath+"/actions/" + i1+"/note",schemaPath:"#/definitions/action/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.note.type,parentSchema:schema14.properties.note,data:data19};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/actions/" + i1,schemaPath:"#/definitions/action/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.actions.type,parentSchema:schema12.properties.actions,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.needs_review !== undefined){
let data20 = data.needs_review;
if(typeof data20 !== "string"){
const err32 = {instancePath:instancePath+"/needs_review",schemaPath:"#/properties/needs_review/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.needs_review.type,parentSchema:schema12.properties.needs_review,data:data20};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://chc.example/schemas/assessment.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.period === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.assessed_on === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "assessed_on"},message:"must have required property '"+"assessed_on"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.responses === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "responses"},message:"must have required property '"+"responses"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.code !== undefined){
let data1 = data.code;
if((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))){
const err6 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: schema11.properties.code.type},message:"must be string,integer",schema:schema11.properties.code.type,parentSchema:schema11.properties.code,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.period !== undefined){
let data2 = data.period;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}$",parentSchema:schema11.properties.period,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.period.type,parentSchema:schema11.properties.period,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.assessed_on !== undefined){
let data3 = data.assessed_on;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err9 = {instancePath:instancePath+"/assessed_on",schemaPath:"#/properties/assessed_on/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema11.properties.assessed_on,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/assessed_on",schemaPath:"#/properties/assessed_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.assessed_on.type,parentSchema:schema11.properties.assessed_on,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.covers !== undefined){
let data4 = data.covers;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err11 = {instancePath:instancePath+"/covers/" + i0,schemaPath:"#/properties/covers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.covers.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/covers/" + i0,schemaPath:"#/properties/covers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.covers.items.type,parentSchema:schema11.properties.covers.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/covers",schemaPath:"#/properties/covers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.covers.type,parentSchema:schema11.properties.covers,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.layout !== undefined){
let data6 = data.layout;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.layout.type,parentSchema:schema11.properties.layout,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data6 === "code") || (data6 === "must-should"))){
const err15 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/enum",keyword:"enum",params:{allowedValues: schema11.properties.layout.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.layout.enum,parentSchema:schema11.properties.layout,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.introduction !== undefined){
let data7 = data.introduction;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/introduction",schemaPath:"#/properties/introduction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.introduction.type,parentSchema:schema11.properties.introduction,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.approval !== undefined){
let data8 = data.approval;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.body === undefined){
const err17 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema11.properties.approval.required,parentSchema:schema11.properties.approval,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8.date === undefined){
const err18 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema11.properties.approval.required,parentSchema:schema11.properties.approval,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data8){
if(!((((((((key1 === "body") || (key1 === "date")) || (key1 === "reference")) || (key1 === "sha256")) || (key1 === "files")) || (key1 === "landlord")) || (key1 === "answers")) || (key1 === "code"))){
const err19 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.approval,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.body !== undefined){
let data9 = data8.body;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err20 = {instancePath:instancePath+"/approval/body",schemaPath:"#/properties/approval/properties/body/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.approval.properties.body,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/approval/body",schemaPath:"#/properties/approval/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.body.type,parentSchema:schema11.properties.approval.properties.body,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.date !== undefined){
let data10 = data8.date;
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err22 = {instancePath:instancePath+"/approval/date",schemaPath:"#/properties/approval/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema11.properties.approval.properties.date,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/approval/date",schemaPath:"#/properties/approval/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.date.type,parentSchema:schema11.properties.approval.properties.date,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.reference !== undefined){
let data11 = data8.reference;
if(typeof data11 !== "string"){
const err24 = {instancePath:instancePath+"/approval/reference",schemaPath:"#/properties/approval/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.reference.type,parentSchema:schema11.properties.approval.properties.reference,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.sha256 !== undefined){
let data12 = data8.sha256;
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
const err25 = {instancePath:instancePath+"/approval/sha256",schemaPath:"#/properties/approval/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema11.properties.approval.properties.sha256,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/approval/sha256",schemaPath:"#/properties/approval/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.sha256.type,parentSchema:schema11.properties.approval.properties.sha256,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.files !== undefined){
let data13 = data8.files;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
let data14 = data13[key2];
if(typeof data14 === "string"){
if(!pattern2.test(data14)){
const err27 = {instancePath:instancePath+"/approval/files/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/approval/properties/files/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([0-9a-f]{64}|missing)$"},message:"must match pattern \""+"^([0-9a-f]{64}|missing)$"+"\"",schema:"^([0-9a-f]{64}|missing)$",parentSchema:schema11.properties.approval.properties.files.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/approval/files/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/approval/properties/files/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.files.additionalProperties.type,parentSchema:schema11.properties.approval.properties.files.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/approval/files",schemaPath:"#/properties/approval/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.approval.properties.files.type,parentSchema:schema11.properties.approval.properties.files,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.landlord !== undefined){
let data15 = data8.landlord;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
if(!(((key3 === "name") || (key3 === "governing_body")) || (key3 === "group_members"))){
const err30 = {instancePath:instancePath+"/approval/landlord",schemaPath:"#/properties/approval/properties/landlord/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.approval.properties.landlord,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.name !== undefined){
let data16 = data15.name;
if(typeof data16 !== "string"){
const err31 = {instancePath:instancePath+"/approval/landlord/name",schemaPath:"#/properties/approval/properties/landlord/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.landlord.properties.name.type,parentSchema:schema11.properties.approval.properties.landlord.properties.name,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.governing_body !== undefined){
let data17 = data15.governing_body;
if(typeof data17 !== "string"){
const err32 = {instancePath:instancePath+"/approval/landlord/governing_body",schemaPath:"#/properties/approval/properties/landlord/properties/governing_body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.landlord.properties.governing_body.type,parentSchema:schema11.properties.approval.properties.landlord.properties.governing_body,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data15.group_members !== undefined){
let data18 = data15.group_members;
if(Array.isArray(data18)){
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
let data19 = data18[i1];
if(typeof data19 !== "string"){
const err33 = {instancePath:instancePath+"/approval/landlord/group_members/" + i1,schemaPath:"#/properties/approval/properties/landlord/properties/group_members/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.landlord.properties.group_members.items.type,parentSchema:schema11.properties.approval.properties.landlord.properties.group_members.items,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/approval/landlord/group_members",schemaPath:"#/properties/approval/properties/landlord/properties/group_members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.approval.properties.landlord.properties.group_members.type,parentSchema:schema11.properties.approval.properties.landlord.properties.group_members,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/approval/landlord",schemaPath:"#/properties/approval/properties/landlord/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.approval.properties.landlord.type,parentSchema:schema11.properties.approval.properties.landlord,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data8.answers !== undefined){
let data20 = data8.answers;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key4 in data20){
let data21 = data20[key4];
if(typeof data21 === "string"){
if(!pattern3.test(data21)){
const err36 = {instancePath:instancePath+"/approval/answers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/approval/properties/answers/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{12}$"+"\"",schema:"^[0-9a-f]{12}$",parentSchema:schema11.properties.approval.properties.answers.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/approval/answers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/approval/properties/answers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.answers.additionalProperties.type,parentSchema:schema11.properties.approval.properties.answers.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/approval/answers",schemaPath:"#/properties/approval/properties/answers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.approval.properties.answers.type,parentSchema:schema11.properties.approval.properties.answers,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data8.code !== undefined){
let data22 = data8.code;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key5 in data22){
let data23 = data22[key5];
if(typeof data23 === "string"){
if(!pattern3.test(data23)){
const err39 = {instancePath:instancePath+"/approval/code/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/approval/properties/code/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{12}$"+"\"",schema:"^[0-9a-f]{12}$",parentSchema:schema11.properties.approval.properties.code.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/approval/code/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/approval/properties/code/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.approval.properties.code.additionalProperties.type,parentSchema:schema11.properties.approval.properties.code.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/approval/code",schemaPath:"#/properties/approval/properties/code/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.approval.properties.code.type,parentSchema:schema11.properties.approval.properties.code,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.approval.type,parentSchema:schema11.properties.approval,data:data8};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.governing_body_response !== undefined){
let data24 = data.governing_body_response;
if(typeof data24 === "string"){
if(func3(data24) < 1){
const err43 = {instancePath:instancePath+"/governing_body_response",schemaPath:"#/properties/governing_body_response/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.governing_body_response,data:data24};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/governing_body_response",schemaPath:"#/properties/governing_body_response/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.governing_body_response.type,parentSchema:schema11.properties.governing_body_response,data:data24};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.responses !== undefined){
let data25 = data.responses;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key6 in data25){
const _errs59 = errors;
if(typeof key6 === "string"){
if(!pattern5.test(key6)){
const err45 = {instancePath:instancePath+"/responses",schemaPath:"#/properties/responses/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema11.properties.responses.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
var valid10 = _errs59 === errors;
if(!valid10){
const err46 = {instancePath:instancePath+"/responses",schemaPath:"#/properties/responses/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema11.properties.responses.propertyNames,parentSchema:schema11.properties.responses,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
for(const key7 in data25){
if(!(validate11(data25[key7], {instancePath:instancePath+"/responses/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data25,parentDataProperty:key7,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err47 = {instancePath:instancePath+"/responses",schemaPath:"#/properties/responses/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.responses.type,parentSchema:schema11.properties.responses,data:data25};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const landlord = validate13;
const schema15 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://chc.example/schemas/landlord.schema.json","title":"Landlord","description":"Who the self-assessments in this folder belong to: assessments/<landlord>/landlord.yaml.","type":"object","additionalProperties":false,"required":["name","website"],"properties":{"$schema":{"type":"string","description":"Optional link to this schema, for editors."},"name":{"type":"string","minLength":1,"description":"The landlord's name as published, e.g. \"Plus Dane Housing\"."},"website":{"type":"string","pattern":"^https?://","description":"The landlord's website (https://…)."},"governing_body":{"type":"string","minLength":1,"default":"Board","description":"What the governing body is called: \"Board\", \"Cabinet\", \"Housing Committee\"…"},"member_responsible_for_complaints":{"type":"string","description":"The Member Responsible for Complaints (MRC): a role, or a name if the landlord publishes it."},"group_members":{"type":"array","items":{"type":"string","minLength":1},"description":"For a group: the member organisations covered by its self-assessments."},"complaints_page":{"type":"string","pattern":"^https?://","description":"The complaints page on the landlord's website."},"contact":{"type":"object","additionalProperties":false,"description":"The landlord's own public contact details. `chc check` does not report these as personal data.","properties":{"emails":{"type":"array","items":{"type":"string"},"description":"Public email addresses, e.g. complaints@example.org."},"phones":{"type":"array","items":{"type":"string"},"description":"Public telephone numbers."},"addresses":{"type":"array","items":{"type":"string"},"description":"Public postal addresses."}}},"brand":{"type":"object","additionalProperties":false,"description":"How the landlord's pages look. The colour must give enough contrast with white text (WCAG AA, 4.5:1); `chc check` says when it does not.","properties":{"colour":{"type":"string","pattern":"^#[0-9a-fA-F]{6}$","description":"The main colour, as #rrggbb."},"logo":{"type":"string","pattern":"\\.(svg|png|jpe?g|webp)$","description":"A logo image (SVG, PNG, JPEG or WebP, at most 1 MB) in the landlord's folder, relative to landlord.yaml. The site shows it beside the landlord's name, so it needs no text of its own."}}}}};
const pattern6 = new RegExp("^https?://", "u");
const pattern8 = new RegExp("^#[0-9a-fA-F]{6}$", "u");
const pattern9 = new RegExp("\\.(svg|png|jpe?g|webp)$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://chc.example/schemas/landlord.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.website === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "website"},message:"must have required property '"+"website"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema15.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.$schema.type,parentSchema:schema15.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.website !== undefined){
let data2 = data.website;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err6 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema15.properties.website,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.website.type,parentSchema:schema15.properties.website,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.governing_body !== undefined){
let data3 = data.governing_body;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err8 = {instancePath:instancePath+"/governing_body",schemaPath:"#/properties/governing_body/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.governing_body,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/governing_body",schemaPath:"#/properties/governing_body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.governing_body.type,parentSchema:schema15.properties.governing_body,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.member_responsible_for_complaints !== undefined){
let data4 = data.member_responsible_for_complaints;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/member_responsible_for_complaints",schemaPath:"#/properties/member_responsible_for_complaints/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.member_responsible_for_complaints.type,parentSchema:schema15.properties.member_responsible_for_complaints,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.group_members !== undefined){
let data5 = data.group_members;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err11 = {instancePath:instancePath+"/group_members/" + i0,schemaPath:"#/properties/group_members/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.group_members.items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/group_members/" + i0,schemaPath:"#/properties/group_members/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.group_members.items.type,parentSchema:schema15.properties.group_members.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/group_members",schemaPath:"#/properties/group_members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.group_members.type,parentSchema:schema15.properties.group_members,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.complaints_page !== undefined){
let data7 = data.complaints_page;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err14 = {instancePath:instancePath+"/complaints_page",schemaPath:"#/properties/complaints_page/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema15.properties.complaints_page,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/complaints_page",schemaPath:"#/properties/complaints_page/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.complaints_page.type,parentSchema:schema15.properties.complaints_page,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.contact !== undefined){
let data8 = data.contact;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(!(((key1 === "emails") || (key1 === "phones")) || (key1 === "addresses"))){
const err16 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.contact,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.emails !== undefined){
let data9 = data8.emails;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 !== "string"){
const err17 = {instancePath:instancePath+"/contact/emails/" + i1,schemaPath:"#/properties/contact/properties/emails/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.contact.properties.emails.items.type,parentSchema:schema15.properties.contact.properties.emails.items,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/contact/emails",schemaPath:"#/properties/contact/properties/emails/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.contact.properties.emails.type,parentSchema:schema15.properties.contact.properties.emails,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data8.phones !== undefined){
let data11 = data8.phones;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 !== "string"){
const err19 = {instancePath:instancePath+"/contact/phones/" + i2,schemaPath:"#/properties/contact/properties/phones/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.contact.properties.phones.items.type,parentSchema:schema15.properties.contact.properties.phones.items,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/contact/phones",schemaPath:"#/properties/contact/properties/phones/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.contact.properties.phones.type,parentSchema:schema15.properties.contact.properties.phones,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.addresses !== undefined){
let data13 = data8.addresses;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
let data14 = data13[i3];
if(typeof data14 !== "string"){
const err21 = {instancePath:instancePath+"/contact/addresses/" + i3,schemaPath:"#/properties/contact/properties/addresses/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.contact.properties.addresses.items.type,parentSchema:schema15.properties.contact.properties.addresses.items,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/contact/addresses",schemaPath:"#/properties/contact/properties/addresses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.contact.properties.addresses.type,parentSchema:schema15.properties.contact.properties.addresses,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.contact.type,parentSchema:schema15.properties.contact,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.brand !== undefined){
let data15 = data.brand;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
if(!((key2 === "colour") || (key2 === "logo"))){
const err24 = {instancePath:instancePath+"/brand",schemaPath:"#/properties/brand/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.brand,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data15.colour !== undefined){
let data16 = data15.colour;
if(typeof data16 === "string"){
if(!pattern8.test(data16)){
const err25 = {instancePath:instancePath+"/brand/colour",schemaPath:"#/properties/brand/properties/colour/pattern",keyword:"pattern",params:{pattern: "^#[0-9a-fA-F]{6}$"},message:"must match pattern \""+"^#[0-9a-fA-F]{6}$"+"\"",schema:"^#[0-9a-fA-F]{6}$",parentSchema:schema15.properties.brand.properties.colour,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/brand/colour",schemaPath:"#/properties/brand/properties/colour/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.brand.properties.colour.type,parentSchema:schema15.properties.brand.properties.colour,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data15.logo !== undefined){
let data17 = data15.logo;
if(typeof data17 === "string"){
if(!pattern9.test(data17)){
const err27 = {instancePath:instancePath+"/brand/logo",schemaPath:"#/properties/brand/properties/logo/pattern",keyword:"pattern",params:{pattern: "\\.(svg|png|jpe?g|webp)$"},message:"must match pattern \""+"\\.(svg|png|jpe?g|webp)$"+"\"",schema:"\\.(svg|png|jpe?g|webp)$",parentSchema:schema15.properties.brand.properties.logo,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/brand/logo",schemaPath:"#/properties/brand/properties/logo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.brand.properties.logo.type,parentSchema:schema15.properties.brand.properties.logo,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/brand",schemaPath:"#/properties/brand/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.brand.type,parentSchema:schema15.properties.brand,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

export const codeVersion = validate14;
const schema16 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://chc.example/schemas/code-version.schema.json","title":"Complaint Handling Code version","description":"One version of the Housing Ombudsman's Complaint Handling Code, encoded as its self-assessment form: every provision (or question) a landlord must answer, with its section, level and text. Files live in code-versions/<id>.yaml.","type":"object","additionalProperties":false,"required":["id","title","publisher","published","in_force","supersedes","form","self_assessment","source","sections","provisions"],"properties":{"$schema":{"type":"string","description":"Optional link to this schema, for editors."},"id":{"type":"string","pattern":"^[0-9]{4}$","description":"The version's id: the year it was published, as a string (\"2024\"). It equals the file name without .yaml and is what an assessment's `code` names."},"title":{"type":"string","minLength":1,"description":"The Code's title as published, e.g. \"Complaint Handling Code\"."},"publisher":{"type":"string","minLength":1,"description":"Who published it, e.g. \"Housing Ombudsman Service\"."},"published":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$","description":"When it was published: YYYY-MM-DD, or YYYY-MM where only the month is known."},"in_force":{"type":"string","format":"date","description":"The date from which landlords must comply (YYYY-MM-DD)."},"supersedes":{"type":["string","null"],"description":"The id of the version this one replaced, or null for the first."},"statutory":{"type":"boolean","description":"True when the Code has statutory force (the 2024 Code, under the Social Housing (Regulation) Act 2023)."},"form":{"type":"object","additionalProperties":false,"required":["title"],"description":"The self-assessment form this encoding follows.","properties":{"title":{"type":"string","description":"The form's title, e.g. \"Appendix A: Self-assessment form\"."},"columns":{"type":"array","items":{"type":"string"},"description":"The form's column headings, in order, e.g. [\"Code provision\", \"Code requirement\", \"Comply\", \"Evidence\", \"Commentary / explanation\"]."},"preamble":{"type":"string","description":"Markdown: the guidance printed above the form, if any."}}},"self_assessment":{"type":"object","additionalProperties":false,"required":["deadline","rules"],"description":"The rules around the self-assessment under this version, in brief.","properties":{"deadline":{"type":"string","description":"When the self-assessment is due, in one or two sentences."},"rules":{"type":"array","items":{"type":"string"},"description":"Each rule in one sentence: approval, publication, submission to the Ombudsman, triggers for a fresh assessment."}}},"source":{"type":"string","description":"Where the provision texts were taken from (the published document they were checked against)."},"notes":{"type":"string","description":"Markdown: anything a reader of this encoding should know (gaps, known errata in published forms)."},"sections":{"type":"array","minItems":1,"description":"The Code's sections, in order.","items":{"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"type":"string","pattern":"^[0-9]+$","description":"The section number as a string (\"5\")."},"title":{"type":"string","minLength":1,"description":"The section's title as the Code prints it."},"stages":{"type":"array","description":"For a section divided by complaint stage (2022 section 5): the stages and their titles.","items":{"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"type":"integer","minimum":1,"description":"The stage number."},"title":{"type":"string","description":"The stage's heading, e.g. \"Stage 1\"."}}}}}}},"provisions":{"type":"array","minItems":1,"description":"Every provision (or question) of the self-assessment form, in the Code's order.","items":{"type":"object","additionalProperties":false,"required":["id","section","level","text","summary"],"properties":{"id":{"type":"string","pattern":"^([0-9]+\\.[0-9]+|[0-9]+[a-z])$","description":"The provision's number exactly as the Code prints it, as a string (\"5.13\"); for the 2020 question form, section number and letter (\"4g\")."},"section":{"type":"string","pattern":"^[0-9]+$","description":"The id of the section it belongs to."},"stage":{"type":"integer","minimum":1,"maximum":3,"description":"For provisions grouped by complaint stage (2022 section 5): the stage, 1, 2 or 3."},"level":{"enum":["must","should"],"description":"\"must\": mandatory, a missing answer is an error. \"should\": best practice, a missing answer is a warning."},"expects":{"enum":["comply","figure","narrative"],"default":"comply","description":"The kind of answer the form asks for: \"comply\" (yes / no / partial / n/a with evidence, the default), \"figure\" (a number or percentage, given in `answer`) or \"narrative\" (free text, given in `answer`)."},"conditional":{"type":"string","description":"When the provision applies only in some circumstances, those circumstances in one sentence. An n/a answer is then expected, not suspicious."},"title":{"type":"string","description":"A short label for the provision (a few words), for tables of contents and diffs."},"text":{"type":"string","minLength":1,"description":"Markdown: the Code's own wording, cleaned of extraction noise, lists as markdown lists."},"summary":{"type":"string","minLength":1,"description":"One plain-English sentence saying what the provision asks, written for residents."}}}}}};
const pattern10 = new RegExp("^[0-9]{4}$", "u");
const pattern11 = new RegExp("^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", "u");
const pattern12 = new RegExp("^[0-9]+$", "u");
const pattern13 = new RegExp("^([0-9]+\\.[0-9]+|[0-9]+[a-z])$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://chc.example/schemas/code-version.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.publisher === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.published === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.in_force === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "in_force"},message:"must have required property '"+"in_force"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.supersedes === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supersedes"},message:"must have required property '"+"supersedes"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.form === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.self_assessment === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "self_assessment"},message:"must have required property '"+"self_assessment"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.source === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.sections === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.provisions === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provisions"},message:"must have required property '"+"provisions"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema16.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err12 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.$schema.type,parentSchema:schema16.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern10.test(data1)){
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\"",schema:"^[0-9]{4}$",parentSchema:schema16.properties.id,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.id.type,parentSchema:schema16.properties.id,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.title,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.title.type,parentSchema:schema16.properties.title,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.publisher !== undefined){
let data3 = data.publisher;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err17 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.publisher,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.publisher.type,parentSchema:schema16.properties.publisher,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.published !== undefined){
let data4 = data.published;
if(typeof data4 === "string"){
if(!pattern11.test(data4)){
const err19 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"+"\"",schema:"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$",parentSchema:schema16.properties.published,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.published.type,parentSchema:schema16.properties.published,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.in_force !== undefined){
let data5 = data.in_force;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err21 = {instancePath:instancePath+"/in_force",schemaPath:"#/properties/in_force/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema16.properties.in_force,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/in_force",schemaPath:"#/properties/in_force/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.in_force.type,parentSchema:schema16.properties.in_force,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.supersedes !== undefined){
let data6 = data.supersedes;
if((typeof data6 !== "string") && (data6 !== null)){
const err23 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/type",keyword:"type",params:{type: schema16.properties.supersedes.type},message:"must be string,null",schema:schema16.properties.supersedes.type,parentSchema:schema16.properties.supersedes,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.statutory !== undefined){
let data7 = data.statutory;
if(typeof data7 !== "boolean"){
const err24 = {instancePath:instancePath+"/statutory",schemaPath:"#/properties/statutory/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema16.properties.statutory.type,parentSchema:schema16.properties.statutory,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.form !== undefined){
let data8 = data.form;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.title === undefined){
const err25 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema16.properties.form.required,parentSchema:schema16.properties.form,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data8){
if(!(((key1 === "title") || (key1 === "columns")) || (key1 === "preamble"))){
const err26 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema16.properties.form,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.title !== undefined){
let data9 = data8.title;
if(typeof data9 !== "string"){
const err27 = {instancePath:instancePath+"/form/title",schemaPath:"#/properties/form/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.form.properties.title.type,parentSchema:schema16.properties.form.properties.title,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.columns !== undefined){
let data10 = data8.columns;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 !== "string"){
const err28 = {instancePath:instancePath+"/form/columns/" + i0,schemaPath:"#/properties/form/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.form.properties.columns.items.type,parentSchema:schema16.properties.form.properties.columns.items,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/form/columns",schemaPath:"#/properties/form/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.form.properties.columns.type,parentSchema:schema16.properties.form.properties.columns,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.preamble !== undefined){
let data12 = data8.preamble;
if(typeof data12 !== "string"){
const err30 = {instancePath:instancePath+"/form/preamble",schemaPath:"#/properties/form/properties/preamble/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.form.properties.preamble.type,parentSchema:schema16.properties.form.properties.preamble,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.form.type,parentSchema:schema16.properties.form,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.self_assessment !== undefined){
let data13 = data.self_assessment;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.deadline === undefined){
const err32 = {instancePath:instancePath+"/self_assessment",schemaPath:"#/properties/self_assessment/required",keyword:"required",params:{missingProperty: "deadline"},message:"must have required property '"+"deadline"+"'",schema:schema16.properties.self_assessment.required,parentSchema:schema16.properties.self_assessment,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data13.rules === undefined){
const err33 = {instancePath:instancePath+"/self_assessment",schemaPath:"#/properties/self_assessment/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema16.properties.self_assessment.required,parentSchema:schema16.properties.self_assessment,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data13){
if(!((key2 === "deadline") || (key2 === "rules"))){
const err34 = {instancePath:instancePath+"/self_assessment",schemaPath:"#/properties/self_assessment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema16.properties.self_assessment,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.deadline !== undefined){
let data14 = data13.deadline;
if(typeof data14 !== "string"){
const err35 = {instancePath:instancePath+"/self_assessment/deadline",schemaPath:"#/properties/self_assessment/properties/deadline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.self_assessment.properties.deadline.type,parentSchema:schema16.properties.self_assessment.properties.deadline,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data13.rules !== undefined){
let data15 = data13.rules;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 !== "string"){
const err36 = {instancePath:instancePath+"/self_assessment/rules/" + i1,schemaPath:"#/properties/self_assessment/properties/rules/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.self_assessment.properties.rules.items.type,parentSchema:schema16.properties.self_assessment.properties.rules.items,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/self_assessment/rules",schemaPath:"#/properties/self_assessment/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.self_assessment.properties.rules.type,parentSchema:schema16.properties.self_assessment.properties.rules,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/self_assessment",schemaPath:"#/properties/self_assessment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.self_assessment.type,parentSchema:schema16.properties.self_assessment,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.source !== undefined){
let data17 = data.source;
if(typeof data17 !== "string"){
const err39 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.source.type,parentSchema:schema16.properties.source,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.notes !== undefined){
let data18 = data.notes;
if(typeof data18 !== "string"){
const err40 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.notes.type,parentSchema:schema16.properties.notes,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.sections !== undefined){
let data19 = data.sections;
if(Array.isArray(data19)){
if(data19.length < 1){
const err41 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema16.properties.sections,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id === undefined){
const err42 = {instancePath:instancePath+"/sections/" + i2,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema16.properties.sections.items.required,parentSchema:schema16.properties.sections.items,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data20.title === undefined){
const err43 = {instancePath:instancePath+"/sections/" + i2,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema16.properties.sections.items.required,parentSchema:schema16.properties.sections.items,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data20){
if(!(((key3 === "id") || (key3 === "title")) || (key3 === "stages"))){
const err44 = {instancePath:instancePath+"/sections/" + i2,schemaPath:"#/properties/sections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema16.properties.sections.items,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data20.id !== undefined){
let data21 = data20.id;
if(typeof data21 === "string"){
if(!pattern12.test(data21)){
const err45 = {instancePath:instancePath+"/sections/" + i2+"/id",schemaPath:"#/properties/sections/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema16.properties.sections.items.properties.id,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/sections/" + i2+"/id",schemaPath:"#/properties/sections/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.sections.items.properties.id.type,parentSchema:schema16.properties.sections.items.properties.id,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data20.title !== undefined){
let data22 = data20.title;
if(typeof data22 === "string"){
if(func3(data22) < 1){
const err47 = {instancePath:instancePath+"/sections/" + i2+"/title",schemaPath:"#/properties/sections/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.sections.items.properties.title,data:data22};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/sections/" + i2+"/title",schemaPath:"#/properties/sections/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.sections.items.properties.title.type,parentSchema:schema16.properties.sections.items.properties.title,data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data20.stages !== undefined){
let data23 = data20.stages;
if(Array.isArray(data23)){
const len3 = data23.length;
for(let i3=0; i3<len3; i3++){
let data24 = data23[i3];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.id === undefined){
const err49 = {instancePath:instancePath+"/sections/" + i2+"/stages/" + i3,schemaPath:"#/properties/sections/items/properties/stages/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema16.properties.sections.items.properties.stages.items.required,parentSchema:schema16.properties.sections.items.properties.stages.items,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data24.title === undefined){
const err50 = {instancePath:instancePath+"/sections/" + i2+"/stages/" + i3,schemaPath:"#/properties/sections/items/properties/stages/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema16.properties.sections.items.properties.stages.items.required,parentSchema:schema16.properties.sections.items.properties.stages.items,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key4 in data24){
if(!((key4 === "id") || (key4 === "title"))){
const err51 = {instancePath:instancePath+"/sections/" + i2+"/stages/" + i3,schemaPath:"#/properties/sections/items/properties/stages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema16.properties.sections.items.properties.stages.items,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data24.id !== undefined){
let data25 = data24.id;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err52 = {instancePath:instancePath+"/sections/" + i2+"/stages/" + i3+"/id",schemaPath:"#/properties/sections/items/properties/stages/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.properties.sections.items.properties.stages.items.properties.id.type,parentSchema:schema16.properties.sections.items.properties.stages.items.properties.id,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 1 || isNaN(data25)){
const err53 = {instancePath:instancePath+"/sections/" + i2+"/stages/" + i3+"/id",schemaPath:"#/properties/sections/items/properties/stages/items/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema16.properties.sections.items.properties.stages.items.properties.id,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data24.title !== undefined){
let data26 = data24.title;
if(typeof data26 !== "string"){
const err54 = {instancePath:instancePath+"/sections/" + i2+"/stages/" + i3+"/title",schemaPath:"#/properties/sections/items/properties/stages/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.sections.items.properties.stages.items.properties.title.type,parentSchema:schema16.properties.sections.items.properties.stages.items.properties.title,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/sections/" + i2+"/stages/" + i3,schemaPath:"#/properties/sections/items/properties/stages/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.sections.items.properties.stages.items.type,parentSchema:schema16.properties.sections.items.properties.stages.items,data:data24};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/sections/" + i2+"/stages",schemaPath:"#/properties/sections/items/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.sections.items.properties.stages.type,parentSchema:schema16.properties.sections.items.properties.stages,data:data23};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/sections/" + i2,schemaPath:"#/properties/sections/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.sections.items.type,parentSchema:schema16.properties.sections.items,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.sections.type,parentSchema:schema16.properties.sections,data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.provisions !== undefined){
let data27 = data.provisions;
if(Array.isArray(data27)){
if(data27.length < 1){
const err59 = {instancePath:instancePath+"/provisions",schemaPath:"#/properties/provisions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema16.properties.provisions,data:data27};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
let data28 = data27[i4];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.id === undefined){
const err60 = {instancePath:instancePath+"/provisions/" + i4,schemaPath:"#/properties/provisions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema16.properties.provisions.items.required,parentSchema:schema16.properties.provisions.items,data:data28};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data28.section === undefined){
const err61 = {instancePath:instancePath+"/provisions/" + i4,schemaPath:"#/properties/provisions/items/required",keyword:"required",params:{missingProperty: "section"},message:"must have required property '"+"section"+"'",schema:schema16.properties.provisions.items.required,parentSchema:schema16.properties.provisions.items,data:data28};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data28.level === undefined){
const err62 = {instancePath:instancePath+"/provisions/" + i4,schemaPath:"#/properties/provisions/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema16.properties.provisions.items.required,parentSchema:schema16.properties.provisions.items,data:data28};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data28.text === undefined){
const err63 = {instancePath:instancePath+"/provisions/" + i4,schemaPath:"#/properties/provisions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema16.properties.provisions.items.required,parentSchema:schema16.properties.provisions.items,data:data28};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data28.summary === undefined){
const err64 = {instancePath:instancePath+"/provisions/" + i4,schemaPath:"#/properties/provisions/items/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema16.properties.provisions.items.required,parentSchema:schema16.properties.provisions.items,data:data28};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key5 in data28){
if(!(func2.call(schema16.properties.provisions.items.properties, key5))){
const err65 = {instancePath:instancePath+"/provisions/" + i4,schemaPath:"#/properties/provisions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema16.properties.provisions.items,data:data28};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data28.id !== undefined){
let data29 = data28.id;
if(typeof data29 === "string"){
if(!pattern13.test(data29)){
const err66 = {instancePath:instancePath+"/provisions/" + i4+"/id",schemaPath:"#/properties/provisions/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^([0-9]+\\.[0-9]+|[0-9]+[a-z])$"},message:"must match pattern \""+"^([0-9]+\\.[0-9]+|[0-9]+[a-z])$"+"\"",schema:"^([0-9]+\\.[0-9]+|[0-9]+[a-z])$",parentSchema:schema16.properties.provisions.items.properties.id,data:data29};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/provisions/" + i4+"/id",schemaPath:"#/properties/provisions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.provisions.items.properties.id.type,parentSchema:schema16.properties.provisions.items.properties.id,data:data29};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data28.section !== undefined){
let data30 = data28.section;
if(typeof data30 === "string"){
if(!pattern12.test(data30)){
const err68 = {instancePath:instancePath+"/provisions/" + i4+"/section",schemaPath:"#/properties/provisions/items/properties/section/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema16.properties.provisions.items.properties.section,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/provisions/" + i4+"/section",schemaPath:"#/properties/provisions/items/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.provisions.items.properties.section.type,parentSchema:schema16.properties.provisions.items.properties.section,data:data30};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data28.stage !== undefined){
let data31 = data28.stage;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err70 = {instancePath:instancePath+"/provisions/" + i4+"/stage",schemaPath:"#/properties/provisions/items/properties/stage/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema16.properties.provisions.items.properties.stage.type,parentSchema:schema16.properties.provisions.items.properties.stage,data:data31};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 3 || isNaN(data31)){
const err71 = {instancePath:instancePath+"/provisions/" + i4+"/stage",schemaPath:"#/properties/provisions/items/properties/stage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3},message:"must be <= 3",schema:3,parentSchema:schema16.properties.provisions.items.properties.stage,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err72 = {instancePath:instancePath+"/provisions/" + i4+"/stage",schemaPath:"#/properties/provisions/items/properties/stage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema16.properties.provisions.items.properties.stage,data:data31};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data28.level !== undefined){
let data32 = data28.level;
if(!((data32 === "must") || (data32 === "should"))){
const err73 = {instancePath:instancePath+"/provisions/" + i4+"/level",schemaPath:"#/properties/provisions/items/properties/level/enum",keyword:"enum",params:{allowedValues: schema16.properties.provisions.items.properties.level.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.provisions.items.properties.level.enum,parentSchema:schema16.properties.provisions.items.properties.level,data:data32};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data28.expects !== undefined){
let data33 = data28.expects;
if(!(((data33 === "comply") || (data33 === "figure")) || (data33 === "narrative"))){
const err74 = {instancePath:instancePath+"/provisions/" + i4+"/expects",schemaPath:"#/properties/provisions/items/properties/expects/enum",keyword:"enum",params:{allowedValues: schema16.properties.provisions.items.properties.expects.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.provisions.items.properties.expects.enum,parentSchema:schema16.properties.provisions.items.properties.expects,data:data33};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data28.conditional !== undefined){
let data34 = data28.conditional;
if(typeof data34 !== "string"){
const err75 = {instancePath:instancePath+"/provisions/" + i4+"/conditional",schemaPath:"#/properties/provisions/items/properties/conditional/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.provisions.items.properties.conditional.type,parentSchema:schema16.properties.provisions.items.properties.conditional,data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data28.title !== undefined){
let data35 = data28.title;
if(typeof data35 !== "string"){
const err76 = {instancePath:instancePath+"/provisions/" + i4+"/title",schemaPath:"#/properties/provisions/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.provisions.items.properties.title.type,parentSchema:schema16.properties.provisions.items.properties.title,data:data35};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data28.text !== undefined){
let data36 = data28.text;
if(typeof data36 === "string"){
if(func3(data36) < 1){
const err77 = {instancePath:instancePath+"/provisions/" + i4+"/text",schemaPath:"#/properties/provisions/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.provisions.items.properties.text,data:data36};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/provisions/" + i4+"/text",schemaPath:"#/properties/provisions/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.provisions.items.properties.text.type,parentSchema:schema16.properties.provisions.items.properties.text,data:data36};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data28.summary !== undefined){
let data37 = data28.summary;
if(typeof data37 === "string"){
if(func3(data37) < 1){
const err79 = {instancePath:instancePath+"/provisions/" + i4+"/summary",schemaPath:"#/properties/provisions/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.provisions.items.properties.summary,data:data37};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/provisions/" + i4+"/summary",schemaPath:"#/properties/provisions/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.provisions.items.properties.summary.type,parentSchema:schema16.properties.provisions.items.properties.summary,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/provisions/" + i4,schemaPath:"#/properties/provisions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.provisions.items.type,parentSchema:schema16.properties.provisions.items,data:data28};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/provisions",schemaPath:"#/properties/provisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.provisions.type,parentSchema:schema16.properties.provisions,data:data27};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

export const mapping = validate15;
const schema17 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://chc.example/schemas/mapping.schema.json","title":"Mapping between two Code versions","description":"What each provision of an older Code version became in the next one, and which provisions of the newer version are new. Files live in code-versions/mappings/<from>-<to>.yaml.","type":"object","additionalProperties":false,"required":["from","to","sources","provisions","new"],"definitions":{"basis":{"enum":["official","proposed"],"description":"\"official\" where the Ombudsman's own publications state this change; otherwise \"proposed\" (our reading of the two texts)."}},"properties":{"$schema":{"type":"string","description":"Optional link to this schema, for editors."},"from":{"type":"string","pattern":"^[0-9]{4}$","description":"The older Code version's id."},"to":{"type":"string","pattern":"^[0-9]{4}$","description":"The newer Code version's id."},"sources":{"type":"array","description":"The publications the mapping was checked against: the official ones that `basis: official` entries rely on, and any other.","items":{"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"type":"string","description":"A short id that entries cite in `source`."},"title":{"type":"string","description":"The publication's title and publisher."},"url":{"type":"string","description":"Where it is published."},"official":{"type":"boolean","description":"True for the Ombudsman's own publications."}}}},"notes":{"type":"string","description":"Markdown: how the mapping was made and what it does not cover."},"provisions":{"type":"object","description":"Every provision of the older version, exactly once, keyed by its id, in the older Code's order.","additionalProperties":{"type":"object","additionalProperties":false,"required":["to","relation","basis"],"properties":{"to":{"type":"array","items":{"type":"string"},"description":"The provisions of the newer version it became (empty when dropped). The first is the main successor."},"relation":{"enum":["same","reworded","strengthened","split","merged","partial","dropped"],"description":"same: substantively the same; reworded: new wording, same duty; strengthened: a stronger or wider duty (e.g. should → must); split: divided between several newer provisions; merged: combined with others into one; partial: only part of it carries over; dropped: no successor."},"basis":{"$ref":"#/definitions/basis"},"source":{"type":"string","description":"The id of the source (under `sources`) that states this change."},"note":{"type":"string","description":"What changed in substance, in one or two sentences."},"significant":{"type":"boolean","description":"True for a change a landlord must act on (a new time limit, a should that became a must, a removed stage); `chc diff` lists these in its summary."}}}},"new":{"type":"object","description":"Every provision of the newer version that no older provision became, exactly once, keyed by its id.","additionalProperties":{"type":"object","additionalProperties":false,"required":["basis"],"properties":{"basis":{"$ref":"#/definitions/basis"},"source":{"type":"string","description":"The id of the source (under `sources`) that states it is new."},"note":{"type":"string","description":"What the new provision asks, in one sentence, where that matters."},"significant":{"type":"boolean","description":"True for a new duty a landlord must act on; listed in the diff summary."}}}}}};
const schema18 = {"enum":["official","proposed"],"description":"\"official\" where the Ombudsman's own publications state this change; otherwise \"proposed\" (our reading of the two texts)."};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://chc.example/schemas/mapping.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.to === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sources === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.provisions === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provisions"},message:"must have required property '"+"provisions"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.new === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "new"},message:"must have required property '"+"new"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "$schema") || (key0 === "from")) || (key0 === "to")) || (key0 === "sources")) || (key0 === "notes")) || (key0 === "provisions")) || (key0 === "new"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.$schema.type,parentSchema:schema17.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.from !== undefined){
let data1 = data.from;
if(typeof data1 === "string"){
if(!pattern10.test(data1)){
const err7 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\"",schema:"^[0-9]{4}$",parentSchema:schema17.properties.from,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.from.type,parentSchema:schema17.properties.from,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.to !== undefined){
let data2 = data.to;
if(typeof data2 === "string"){
if(!pattern10.test(data2)){
const err9 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\"",schema:"^[0-9]{4}$",parentSchema:schema17.properties.to,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.to.type,parentSchema:schema17.properties.to,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sources !== undefined){
let data3 = data.sources;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err11 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema17.properties.sources.items.required,parentSchema:schema17.properties.sources.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.title === undefined){
const err12 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema17.properties.sources.items.required,parentSchema:schema17.properties.sources.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "id") || (key1 === "title")) || (key1 === "url")) || (key1 === "official"))){
const err13 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema17.properties.sources.items,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/sources/" + i0+"/id",schemaPath:"#/properties/sources/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.sources.items.properties.id.type,parentSchema:schema17.properties.sources.items.properties.id,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.title !== undefined){
let data6 = data4.title;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/sources/" + i0+"/title",schemaPath:"#/properties/sources/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.sources.items.properties.title.type,parentSchema:schema17.properties.sources.items.properties.title,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.url !== undefined){
let data7 = data4.url;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/sources/" + i0+"/url",schemaPath:"#/properties/sources/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.sources.items.properties.url.type,parentSchema:schema17.properties.sources.items.properties.url,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.official !== undefined){
let data8 = data4.official;
if(typeof data8 !== "boolean"){
const err17 = {instancePath:instancePath+"/sources/" + i0+"/official",schemaPath:"#/properties/sources/items/properties/official/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.sources.items.properties.official.type,parentSchema:schema17.properties.sources.items.properties.official,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.properties.sources.items.type,parentSchema:schema17.properties.sources.items,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.sources.type,parentSchema:schema17.properties.sources,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.notes !== undefined){
let data9 = data.notes;
if(typeof data9 !== "string"){
const err20 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.notes.type,parentSchema:schema17.properties.notes,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.provisions !== undefined){
let data10 = data.provisions;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
let data11 = data10[key2];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.to === undefined){
const err21 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provisions/additionalProperties/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema17.properties.provisions.additionalProperties.required,parentSchema:schema17.properties.provisions.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data11.relation === undefined){
const err22 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provisions/additionalProperties/required",keyword:"required",params:{missingProperty: "relation"},message:"must have required property '"+"relation"+"'",schema:schema17.properties.provisions.additionalProperties.required,parentSchema:schema17.properties.provisions.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data11.basis === undefined){
const err23 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provisions/additionalProperties/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema17.properties.provisions.additionalProperties.required,parentSchema:schema17.properties.provisions.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data11){
if(!((((((key3 === "to") || (key3 === "relation")) || (key3 === "basis")) || (key3 === "source")) || (key3 === "note")) || (key3 === "significant"))){
const err24 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provisions/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema17.properties.provisions.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.to !== undefined){
let data12 = data11.to;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(typeof data13 !== "string"){
const err25 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/to/" + i1,schemaPath:"#/properties/provisions/additionalProperties/properties/to/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.provisions.additionalProperties.properties.to.items.type,parentSchema:schema17.properties.provisions.additionalProperties.properties.to.items,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/to",schemaPath:"#/properties/provisions/additionalProperties/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.provisions.additionalProperties.properties.to.type,parentSchema:schema17.properties.provisions.additionalProperties.properties.to,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.relation !== undefined){
let data14 = data11.relation;
if(!(((((((data14 === "same") || (data14 === "reworded")) || (data14 === "strengthened")) || (data14 === "split")) || (data14 === "merged")) || (data14 === "partial")) || (data14 === "dropped"))){
const err27 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/relation",schemaPath:"#/properties/provisions/additionalProperties/properties/relation/enum",keyword:"enum",params:{allowedValues: schema17.properties.provisions.additionalProperties.properties.relation.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.provisions.additionalProperties.properties.relation.enum,parentSchema:schema17.properties.provisions.additionalProperties.properties.relation,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data11.basis !== undefined){
let data15 = data11.basis;
if(!((data15 === "official") || (data15 === "proposed"))){
const err28 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/basis",schemaPath:"#/definitions/basis/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.source !== undefined){
let data16 = data11.source;
if(typeof data16 !== "string"){
const err29 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/source",schemaPath:"#/properties/provisions/additionalProperties/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.provisions.additionalProperties.properties.source.type,parentSchema:schema17.properties.provisions.additionalProperties.properties.source,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.note !== undefined){
let data17 = data11.note;
if(typeof data17 !== "string"){
const err30 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/note",schemaPath:"#/properties/provisions/additionalProperties/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.provisions.additionalProperties.properties.note.type,parentSchema:schema17.properties.provisions.additionalProperties.properties.note,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.significant !== undefined){
let data18 = data11.significant;
if(typeof data18 !== "boolean"){
const err31 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/significant",schemaPath:"#/properties/provisions/additionalProperties/properties/significant/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.provisions.additionalProperties.properties.significant.type,parentSchema:schema17.properties.provisions.additionalProperties.properties.significant,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/provisions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provisions/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.properties.provisions.additionalProperties.type,parentSchema:schema17.properties.provisions.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/provisions",schemaPath:"#/properties/provisions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.properties.provisions.type,parentSchema:schema17.properties.provisions,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.new !== undefined){
let data19 = data.new;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key4 in data19){
let data20 = data19[key4];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.basis === undefined){
const err34 = {instancePath:instancePath+"/new/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/new/additionalProperties/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema17.properties.new.additionalProperties.required,parentSchema:schema17.properties.new.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key5 in data20){
if(!((((key5 === "basis") || (key5 === "source")) || (key5 === "note")) || (key5 === "significant"))){
const err35 = {instancePath:instancePath+"/new/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/new/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema17.properties.new.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data20.basis !== undefined){
let data21 = data20.basis;
if(!((data21 === "official") || (data21 === "proposed"))){
const err36 = {instancePath:instancePath+"/new/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/basis",schemaPath:"#/definitions/basis/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data20.source !== undefined){
let data22 = data20.source;
if(typeof data22 !== "string"){
const err37 = {instancePath:instancePath+"/new/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/source",schemaPath:"#/properties/new/additionalProperties/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.new.additionalProperties.properties.source.type,parentSchema:schema17.properties.new.additionalProperties.properties.source,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data20.note !== undefined){
let data23 = data20.note;
if(typeof data23 !== "string"){
const err38 = {instancePath:instancePath+"/new/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/note",schemaPath:"#/properties/new/additionalProperties/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.new.additionalProperties.properties.note.type,parentSchema:schema17.properties.new.additionalProperties.properties.note,data:data23};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data20.significant !== undefined){
let data24 = data20.significant;
if(typeof data24 !== "boolean"){
const err39 = {instancePath:instancePath+"/new/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/significant",schemaPath:"#/properties/new/additionalProperties/properties/significant/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.new.additionalProperties.properties.significant.type,parentSchema:schema17.properties.new.additionalProperties.properties.significant,data:data24};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/new/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/new/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.properties.new.additionalProperties.type,parentSchema:schema17.properties.new.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/new",schemaPath:"#/properties/new/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.properties.new.type,parentSchema:schema17.properties.new,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

export const messages = validate16;
const schema20 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://chc.example/schemas/messages.schema.json","title":"Messages","description":"The fixed sentences and headings of the site, the PDF and the DOCX (templates/messages.yaml), each under its key, with {name} placeholders that chc fills in. A landlord overrides any of them in assessments/<landlord>/templates/messages.yaml: it lists only the sentences it words its own way, and may use only the placeholders each is given (docs/templates.md).","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Optional link to this schema, for editors."},"draft.banner":{"type":"string","minLength":1,"description":"The DRAFT notice at the top of an unapproved assessment's page on the site. Placeholders: {body} (the governing body)."},"draft.cover":{"type":"string","minLength":1,"description":"The DRAFT line on the cover of an unapproved PDF and DOCX. Placeholders: {body}."},"draft.closing":{"type":"string","minLength":1,"description":"The DRAFT paragraph at the end of an unapproved PDF and DOCX, under \"Status of this draft\". Placeholders: {body}."},"about.howToRead":{"type":"string","minLength":1,"description":"How to read the tables, in \"About this self-assessment\" of the PDF and DOCX. Placeholders: {landlord} (its name)."},"about.internal.public":{"type":"string","minLength":1,"description":"After how to read the tables, in the public edition: how internal documents are shown."},"about.internal.board":{"type":"string","minLength":1,"description":"After how to read the tables, in the board edition: how internal documents are shown."},"changes.newProvision":{"type":"string","minLength":1,"description":"A line of \"What changed since\" for a provision new in this Code. Placeholders: {to} (this year's answer)."},"changes.changed":{"type":"string","minLength":1,"description":"A line of \"What changed since\" for an answer that changed. Placeholders: {from} (last year's answer), {period} (last year), {as} (the earlier provision ids, from changes.as, or nothing), {to} (this year's answer)."},"changes.as":{"type":"string","minLength":1,"description":"How a line of \"What changed since\" names the earlier provisions an answer was given under. Placeholders: {previous} (their ids)."},"changes.figure":{"type":"string","minLength":1,"description":"How a line of \"What changed since\" names an earlier answer that was a figure or a description, not Yes, Partly, No or n/a."},"changes.compared.sameCode":{"type":"string","minLength":1,"description":"The first sentence of \"What changed since\" when both years were assessed against the same Code. Placeholders: {period} (last year), {code} (its Code)."},"changes.compared.codeChanged":{"type":"string","minLength":1,"description":"The first sentence of \"What changed since\" when last year was assessed against an earlier Code. Placeholders: {period}, {code}."},"changes.none":{"type":"string","minLength":1,"description":"What \"What changed since\" says when no answer changed."},"atAGlance.note":{"type":"string","minLength":1,"description":"The note above the \"At a glance\" chart."},"atAGlance.caption":{"type":"string","minLength":1,"description":"The caption of the table under the \"At a glance\" chart."},"documents.none":{"type":"string","minLength":1,"description":"What \"Documents referred to\" says when the assessment cites none."},"approval.draft":{"type":"string","minLength":1,"description":"The approval line of the facts on the site, and the documents' description, while the assessment is a draft. Placeholders: {body}."},"approval.draftPrint":{"type":"string","minLength":1,"description":"The approval line of the facts in the PDF and the DOCX while the assessment is a draft. Placeholders: {body}."},"heading.about":{"type":"string","minLength":1,"description":"Heading of the part \"About this self-assessment\"."},"heading.response":{"type":"string","minLength":1,"description":"Heading of the governing body's response. Placeholders: {body}."},"heading.introduction":{"type":"string","minLength":1,"description":"Heading of the introduction (the assessment's own, or the landlord's templates/introduction.md)."},"heading.atAGlance":{"type":"string","minLength":1,"description":"Heading of the part \"At a glance\"."},"heading.changes":{"type":"string","minLength":1,"description":"Heading of the part \"What changed since\". Placeholders: {period} (last year)."},"heading.assessment":{"type":"string","minLength":1,"description":"Heading of the part that holds the self-assessment, section by section."},"heading.documents":{"type":"string","minLength":1,"description":"Heading of the part \"Documents referred to\"."},"heading.actionPlan":{"type":"string","minLength":1,"description":"Heading of the part \"Action plan\"."},"heading.approval":{"type":"string","minLength":1,"description":"Heading of the last part of an approved assessment."},"heading.draftStatus":{"type":"string","minLength":1,"description":"Heading of the last part of an unapproved assessment."},"edition.public":{"type":"string","minLength":1,"description":"The name of the public edition, on the cover, in the facts and in the header of the PDF and the DOCX."},"edition.board":{"type":"string","minLength":1,"description":"The name of the edition for the governing body. Placeholders: {body} (its name, with a capital, e.g. \"Cabinet\")."},"edition.boardUnnamed":{"type":"string","minLength":1,"description":"The name of the edition for the governing body where landlord.yaml names none."},"edition.internal":{"type":"string","minLength":1,"description":"The edition's name when it cites internal documents. Placeholders: {edition} (its name)."},"fact.landlord":{"type":"string","minLength":1,"description":"Label of the landlord, in the facts of the PDF and the DOCX."},"fact.period":{"type":"string","minLength":1,"description":"Label of the period, in the facts."},"fact.assessedAgainst":{"type":"string","minLength":1,"description":"Label of the Code the assessment was made against, in the facts."},"fact.assessedAgainstText":{"type":"string","minLength":1,"description":"The Code the assessment was made against. Placeholders: {code} (its name, e.g. \"Housing Ombudsman's Complaint Handling Code (2024)\"), {date} (the day it came into force)."},"fact.assessedAgainstStatutory":{"type":"string","minLength":1,"description":"The same, in the PDF and the DOCX, for a Code that is statutory. Placeholders: {code}, {date}."},"fact.assessedOn":{"type":"string","minLength":1,"description":"Label of the date of the assessment, in the facts."},"fact.approval":{"type":"string","minLength":1,"description":"Label of the approval, in the facts."},"fact.mrc":{"type":"string","minLength":1,"description":"Label of the Member Responsible for Complaints, in the facts."},"fact.complaintsPage":{"type":"string","minLength":1,"description":"Label of the landlord's page on how to complain, in the facts of the PDF and the DOCX."},"fact.covers":{"type":"string","minLength":1,"description":"Label of the organisations the assessment covers, in the facts."},"fact.groupMembers":{"type":"string","minLength":1,"description":"Label of the members of a group, in the facts."},"fact.edition":{"type":"string","minLength":1,"description":"Label of the edition (public or for the governing body), in the facts of the PDF and the DOCX."},"column.provision":{"type":"string","minLength":1,"description":"Heading of the first column of the self-assessment's tables in the PDF and the DOCX: the provision."},"column.requirement":{"type":"string","minLength":1,"description":"Heading of the column that holds the Code's requirement."},"column.comply":{"type":"string","minLength":1,"description":"Heading of the column that holds the answer (Yes, Partly, No, Not applicable)."},"column.evidence":{"type":"string","minLength":1,"description":"Heading of the column that holds the evidence."},"column.commentary":{"type":"string","minLength":1,"description":"Heading of the column that holds the commentary and the actions."},"provision.inPlainEnglish":{"type":"string","minLength":1,"description":"The line under the Code's text of a provision with its summary in plain English. Placeholders: {summary}."},"provision.continued":{"type":"string","minLength":1,"description":"In the PDF, the provision column at the top of a page where a provision's row goes on from the page before. Placeholders: {id}."},"action.label":{"type":"string","minLength":1,"description":"The word before an action's description in the tables of the PDF and the DOCX."},"action.owner":{"type":"string","minLength":1,"description":"Who owns an action, after its description. Placeholders: {owner} (its owner, or \"Not named\")."},"action.due":{"type":"string","minLength":1,"description":"When an open action is due. Placeholders: {due} (the date, and whether it was overdue when assessed)."},"action.done":{"type":"string","minLength":1,"description":"An action done, with no date recorded."},"action.doneOn":{"type":"string","minLength":1,"description":"An action done on a date. Placeholders: {date}."},"action.dropped":{"type":"string","minLength":1,"description":"An action dropped."},"atAGlance.allSections":{"type":"string","minLength":1,"description":"The last row of the \"At a glance\" table, with the totals."},"actions.caption":{"type":"string","minLength":1,"description":"The caption of the action plan's table, on the site, in the PDF and the DOCX. Placeholders: {period}."},"actions.none":{"type":"string","minLength":1,"description":"What the action plan says when there are no open actions."},"actions.noneDated":{"type":"string","minLength":1,"description":"What the action plan says when there are no open actions with a date, but actions are still to be set."},"actions.provision":{"type":"string","minLength":1,"description":"How a row of the action plan names its provision, when the provision has no title. Placeholders: {id}."},"actions.provisionTitled":{"type":"string","minLength":1,"description":"How a row of the action plan names its provision. Placeholders: {id}, {title}."},"actions.column.due":{"type":"string","minLength":1,"description":"Heading of the action plan's column of due dates, in the PDF and the DOCX."},"actions.column.provision":{"type":"string","minLength":1,"description":"Heading of the action plan's column of provisions."},"actions.column.action":{"type":"string","minLength":1,"description":"Heading of the action plan's column of actions."},"actions.column.owner":{"type":"string","minLength":1,"description":"Heading of the action plan's column of owners."},"approval.hash":{"type":"string","minLength":1,"description":"The words before the approval's hash, in the PDF and the DOCX."},"site.lede":{"type":"string","minLength":1,"description":"The opening of an assessment's page on the site. Placeholders: {who} (the landlord, or the organisations the assessment covers)."},"site.atAGlance":{"type":"string","minLength":1,"description":"The note under \"At a glance\" on the site."},"site.actions":{"type":"string","minLength":1,"description":"The action plan on the site, when it has open actions. Placeholders: {actions} (e.g. \"3 open actions\")."},"site.actionsLink":{"type":"string","minLength":1,"description":"The link to the action plan's own page. Placeholders: {actions}, {period}."},"site.actionsNone":{"type":"string","minLength":1,"description":"The action plan on the site, when it has no open actions."},"site.landlordLede":{"type":"string","minLength":1,"description":"The opening of a landlord's page on the site, above its self-assessments. Placeholders: {who}."},"cover.title":{"type":"string","minLength":1,"description":"The document's title: on the cover of the PDF and the DOCX, in their footers (after the landlord's name, before the period) and in the heading of the site's page of an assessment."},"heading.contents":{"type":"string","minLength":1,"description":"The heading of the table of contents, in the PDF and the DOCX."},"heading.complain":{"type":"string","minLength":1,"description":"The heading of the part of the site's page (and of the single page) that says how to complain."},"site.downloads":{"type":"string","minLength":1,"description":"The heading of the site's downloads of an assessment (its PDF and DOCX)."},"site.downloadPdf":{"type":"string","minLength":1,"description":"The link to an assessment's PDF on the site. Placeholders: {period}."},"site.downloadDocx":{"type":"string","minLength":1,"description":"The link to an assessment's DOCX on the site. Placeholders: {period}."},"site.onThisPage":{"type":"string","minLength":1,"description":"The heading of the list of the parts of the site's page of an assessment."},"provision.summaryLabel":{"type":"string","minLength":1,"description":"On the site, the label above a provision's summary."},"provision.wording":{"type":"string","minLength":1,"description":"On the site, the button that shows a provision's full text."},"provision.answer":{"type":"string","minLength":1,"description":"On the site, the label of an answer (to a figure or narrative question, and of a provision not answered yet)."},"provision.evidence":{"type":"string","minLength":1,"description":"On the site, the label of an answer's evidence."},"provision.commentary":{"type":"string","minLength":1,"description":"On the site, the label of an answer's commentary."},"provision.action":{"type":"string","minLength":1,"description":"On the site, the label of an action still to be set."},"provision.notAnswered":{"type":"string","minLength":1,"description":"On the site, what a provision a draft has not answered yet shows as its answer."},"actions.for":{"type":"string","minLength":1,"description":"On the site's action plan, the line under an action that names its provision (a link). Placeholders: {provision}."},"provision.document":{"type":"string","minLength":1,"description":"On the site, the label of the one document an answer cites."},"provision.documents":{"type":"string","minLength":1,"description":"On the site, the label of the documents an answer cites."},"provision.actions":{"type":"string","minLength":1,"description":"On the site, the label of an answer's actions (one action: provision.action)."},"provision.since":{"type":"string","minLength":1,"description":"On the site, the label of what changed in an answer since the previous period. Placeholders: {period}."},"site.title":{"type":"string","minLength":1,"description":"The site's name: its home page's title and heading, and the header of pages that are no landlord's."},"site.homeLede":{"type":"string","minLength":1,"description":"The opening of the site's home page."},"site.skipLink":{"type":"string","minLength":1,"description":"The link, first on every page of the site, that skips to its main content (for keyboard and screen reader users)."},"site.allLandlords":{"type":"string","minLength":1,"description":"The site's link to its home page, in the header and the breadcrumbs."},"site.aboutPages":{"type":"string","minLength":1,"description":"The site's link to its page about itself, in the header and the breadcrumbs."},"site.footerAbout":{"type":"string","minLength":1,"description":"The footer's link to the site's page about itself."},"site.footerOmbudsman":{"type":"string","minLength":1,"description":"The footer's link to the Housing Ombudsman Service."},"site.publishedWith":{"type":"string","minLength":1,"description":"The last line of every page of the site."},"site.assessments":{"type":"string","minLength":1,"description":"The heading of a landlord's list of self-assessments on its page of the site."},"site.draft":{"type":"string","minLength":1,"description":"The badge of a draft in the site's lists of self-assessments."},"site.periodLink":{"type":"string","minLength":1,"description":"A link to a self-assessment in the site's lists. Placeholders: {landlord}, {period}."},"site.periodCode":{"type":"string","minLength":1,"description":"Under a self-assessment in a landlord's list on the site: the Code it was made against. Placeholders: {code} (its year)."},"site.approved":{"type":"string","minLength":1,"description":"Under an approved self-assessment in a landlord's list on the site."},"site.notApproved":{"type":"string","minLength":1,"description":"Under a draft in a landlord's list on the site."},"site.actionPlanLink":{"type":"string","minLength":1,"description":"The link to a self-assessment's action plan in a landlord's list on the site. Placeholders: {period}."},"site.periodCrumb":{"type":"string","minLength":1,"description":"The breadcrumb of a self-assessment's page on the site, and of its action plan. Placeholders: {period}."},"cover.code":{"type":"string","minLength":1,"description":"The cover's line naming the Code, in the PDF and the DOCX. Placeholders: {code} (\"Housing Ombudsman Service's Complaint Handling Code (2024)\")."},"cover.assessedOn":{"type":"string","minLength":1,"description":"The cover's last line, in the PDF and the DOCX. Placeholders: {date} (\"3 June 2024\")."},"status.yes":{"type":"string","minLength":1,"description":"The answer Yes, as printed."},"status.partial":{"type":"string","minLength":1,"description":"The answer partial, as printed."},"status.no":{"type":"string","minLength":1,"description":"The answer No, as printed."},"status.na":{"type":"string","minLength":1,"description":"The answer n/a, as printed."},"status.answered":{"type":"string","minLength":1,"description":"A figure or narrative answer (the 2020 form's questions), as printed."},"status.unanswered":{"type":"string","minLength":1,"description":"A provision with no answer yet, as printed."},"status.answeredLegend":{"type":"string","minLength":1,"description":"The legend and column of the At a glance chart and table for figure or narrative answers."},"status.complies":{"type":"string","minLength":1,"description":"The badge of a Yes, Partly or No answer on the site. Placeholders: {status}."},"level.must":{"type":"string","minLength":1,"description":"How a provision the Code requires is labelled."},"level.should":{"type":"string","minLength":1,"description":"How a provision the Code recommends is labelled."},"table.must":{"type":"string","minLength":1,"description":"The title of a section's table of 'must' provisions (the 2022 form's layout, must-should)."},"table.should":{"type":"string","minLength":1,"description":"The title of a section's table of 'should' provisions (the 2022 form's layout, must-should)."},"provision.carriedNotReviewed":{"type":"string","minLength":1,"description":"Beside a draft's answer that chc new carried forward from last year and nobody has reviewed yet."},"action.toBeSet":{"type":"string","minLength":1,"description":"Where a draft's No or Partly answer has no action with a due date yet."},"action.noDate":{"type":"string","minLength":1,"description":"An action's due date where it has none."},"action.overdue":{"type":"string","minLength":1,"description":"An open action's due date where it had passed at the assessment's date. Placeholders: {due}."},"changes.count.improved":{"type":"string","minLength":1,"description":"The words after the number of answers that improved. Placeholders: {n}."},"changes.count.regressed":{"type":"string","minLength":1,"description":"The words after the number of answers that got worse. Placeholders: {n}."},"changes.count.unchanged":{"type":"string","minLength":1,"description":"The words after the number of answers that did not change. Placeholders: {n}."},"changes.count.unansweredBoth":{"type":"string","minLength":1,"description":"The words after the number of provisions answered in neither year (shown only when there are any). Placeholders: {n}."},"changes.count.newlyAnswered":{"type":"string","minLength":1,"description":"The words after the number of provisions answered Yes, Partly or No that were not before. Placeholders: {n}."},"changes.count.noLongerAnswered":{"type":"string","minLength":1,"description":"The words after the number of provisions no longer answered Yes, Partly or No. Placeholders: {n}."},"changes.count.new":{"type":"string","minLength":1,"description":"The words after the number of provisions new in this year's Code. Placeholders: {n}, {code}."},"changes.count.overdueActions":{"type":"string","minLength":1,"description":"The words after the number of last year's actions that are now overdue. Placeholders: {n}, {period}."},"changes.group.regressed":{"type":"string","minLength":1,"description":"The heading of the answers that got worse. Placeholders: {n}."},"changes.group.improved":{"type":"string","minLength":1,"description":"The heading of the answers that improved. Placeholders: {n}."},"changes.group.noLongerAnswered":{"type":"string","minLength":1,"description":"The heading of the provisions no longer answered Yes, Partly or No. Placeholders: {n}."},"changes.group.newlyAnswered":{"type":"string","minLength":1,"description":"The heading of the provisions now answered Yes, Partly or No. Placeholders: {n}."},"changes.group.newProvision":{"type":"string","minLength":1,"description":"The heading of the provisions new in this year's Code. Placeholders: {code}, {n}."},"changes.showNew":{"type":"string","minLength":1,"description":"The site's button that shows the provisions new in this year's Code. Placeholders: {n}."},"changes.landlord.heading":{"type":"string","minLength":1,"description":"The heading of the landlord's details that changed since the previous self-assessment. Placeholders: {n}."},"changes.landlord.line":{"type":"string","minLength":1,"description":"One detail of the landlord that changed. Placeholders: {field}, {from}, {period}, {to}."},"changes.landlord.name":{"type":"string","minLength":1,"description":"The landlord's name, as a detail that changed."},"changes.landlord.governingBody":{"type":"string","minLength":1,"description":"The governing body, as a detail that changed."},"changes.landlord.approvalBody":{"type":"string","minLength":1,"description":"Who approved the self-assessment, as a detail that changed."},"changes.landlord.covers":{"type":"string","minLength":1,"description":"The organisations one self-assessment covers, as a detail that changed."},"changes.landlord.groupMembers":{"type":"string","minLength":1,"description":"The members of a group, as a detail that changed."},"changes.dropped.heading":{"type":"string","minLength":1,"description":"The heading of last year's provisions that this year's Code no longer has. Placeholders: {n}."},"changes.dropped.intro":{"type":"string","minLength":1,"description":"Under that heading. Placeholders: {fromCode}, {code}."},"changes.dropped.show":{"type":"string","minLength":1,"description":"The site's button that shows them. Placeholders: {n}, {period}."},"changes.dropped.line":{"type":"string","minLength":1,"description":"One provision the Code dropped, with its answer last year. Placeholders: {provision}, {status}, {period}."},"changes.code.heading":{"type":"string","minLength":1,"description":"The heading of the changes of the Code's own text between the two years. Placeholders: {n}."},"changes.code.show":{"type":"string","minLength":1,"description":"The site's button that shows them."},"changes.code.steps":{"type":"string","minLength":1,"description":"Where the Code changed more than once between the two years. Placeholders: {n}, {period}."},"changes.code.step":{"type":"string","minLength":1,"description":"The heading of one step of the Code's changes. Placeholders: {fromCode}, {code}."},"changes.code.added":{"type":"string","minLength":1,"description":"A change of the Code that added provisions. Placeholders: {code}, {ids}."},"changes.code.removed":{"type":"string","minLength":1,"description":"A change of the Code that removed provisions. Placeholders: {fromCode}, {ids}, {code}."},"changes.code.became":{"type":"string","minLength":1,"description":"A change of the Code that renumbered, split or merged provisions. Placeholders: {fromCode}, {from}, {code}, {to}."},"change.was":{"type":"string","minLength":1,"description":"After a provision's change: its number or numbers last year, where they differ (with its leading space). Placeholders: {n}, {previous}."},"change.newProvision":{"type":"string","minLength":1,"description":"Under a provision new in this year's Code. Placeholders: {code}, {period}."},"change.unansweredBoth":{"type":"string","minLength":1,"description":"Under a provision answered in neither year. Placeholders: {period}, {was}."},"change.same":{"type":"string","minLength":1,"description":"Under a provision whose answer did not change. Placeholders: {period}, {was}, {from}."},"change.improved":{"type":"string","minLength":1,"description":"Under a provision whose answer improved. Placeholders: {period}, {was}, {from}, {to}."},"change.regressed":{"type":"string","minLength":1,"description":"Under a provision whose answer got worse. Placeholders: {period}, {was}, {from}, {to}."},"change.firstAnswered":{"type":"string","minLength":1,"description":"Under a provision answered this year and not last year. Placeholders: {was}, {period}, {to}."},"change.firstAssessedNa":{"type":"string","minLength":1,"description":"Under a provision answered this year that was not applicable last year. Placeholders: {was}, {period}, {to}."},"change.firstAssessedFigure":{"type":"string","minLength":1,"description":"Under a provision answered this year where last year's form asked for a figure or a description. Placeholders: {was}, {period}, {to}."},"change.noLongerUnanswered":{"type":"string","minLength":1,"description":"Under a provision answered last year and not this year. Placeholders: {was}, {from}, {period}."},"change.noLongerNa":{"type":"string","minLength":1,"description":"Under a provision answered last year and not applicable this year. Placeholders: {was}, {from}, {period}."},"change.noLongerOther":{"type":"string","minLength":1,"description":"Under a provision answered Yes, Partly or No last year and otherwise this year. Placeholders: {was}, {from}, {period}."},"atAGlance.summary":{"type":"string","minLength":1,"description":"The sentence over the At a glance chart. Placeholders: {n}, {counts}."},"atAGlance.countsNone":{"type":"string","minLength":1,"description":"The counts of a section or Code with no provisions."},"atAGlance.column.section":{"type":"string","minLength":1,"description":"The first column of the At a glance table."},"atAGlance.column.total":{"type":"string","minLength":1,"description":"The last column of the At a glance table."},"atAGlance.allShort":{"type":"string","minLength":1,"description":"The last row's name on a narrow screen."},"atAGlance.short.na":{"type":"string","minLength":1,"description":"The Not applicable column's heading on a narrow screen."},"atAGlance.short.answered":{"type":"string","minLength":1,"description":"The Answered column's heading on a narrow screen."},"atAGlance.short.unanswered":{"type":"string","minLength":1,"description":"The Not answered column's heading on a narrow screen."},"atAGlance.keyItem":{"type":"string","minLength":1,"description":"One entry of the key to the short headings, under the table on a narrow screen ({label} lower-cased). Placeholders: {short}, {label}."},"section.name":{"type":"string","minLength":1,"description":"A section of the Code, as its heading and its row of At a glance name it. Placeholders: {id}, {title}."},"documents.internalPublic":{"type":"string","minLength":1,"description":"An internal document in the public edition, in place of its title."},"documents.internalMark":{"type":"string","minLength":1,"description":"After an internal document's title in the board edition (with its leading space)."},"documents.file":{"type":"string","minLength":1,"description":"After a document's title in the board edition, where it is a file in the landlord's folder (with its leading space). Placeholders: {file}."},"documents.hidden":{"type":"string","minLength":1,"description":"Under Documents referred to in the public edition, where provisions cite internal documents. Placeholders: {n}, {landlord}."},"complain.unhappy":{"type":"string","minLength":1,"description":"How to complain to the landlord; {link} links to its complaints page, or to its website. Placeholders: {landlord}, {link}."},"complain.linkPage":{"type":"string","minLength":1,"description":"The words of {link} where the landlord gives its complaints page. Placeholders: {landlord}."},"complain.linkWebsite":{"type":"string","minLength":1,"description":"The words of {link} where it gives none. Placeholders: {landlord}."},"complain.ombudsman":{"type":"string","minLength":1,"description":"How to go to the Ombudsman; {ombudsman} links to its website. Placeholders: {ombudsman}."},"complain.ombudsmanName":{"type":"string","minLength":1,"description":"The words of {ombudsman}."},"site.complainingTo":{"type":"string","minLength":1,"description":"The heading of how to complain on a landlord's page. Placeholders: {landlord}."},"site.draftTitle":{"type":"string","minLength":1,"description":"A page's title (in the browser's tab) while its self-assessment is a draft. Placeholders: {title}."},"site.actionPlanTitle":{"type":"string","minLength":1,"description":"The heading and title of an action plan's page. Placeholders: {landlord}, {period}."},"site.actionPlanDescription":{"type":"string","minLength":1,"description":"The description of an action plan's page, for search engines. Placeholders: {landlord}, {period}."},"site.actionPlanLede":{"type":"string","minLength":1,"description":"The opening of an action plan's page; {link} links to the self-assessment. Placeholders: {link}, {landlord}."},"site.actionPlanLedeLink":{"type":"string","minLength":1,"description":"The words of {link}. Placeholders: {period}."},"site.homeDescription":{"type":"string","minLength":1,"description":"The description of the home page, for search engines."},"site.howToRead":{"type":"string","minLength":1,"description":"The home page's link to the about page."},"site.landlords":{"type":"string","minLength":1,"description":"The heading of the home page's list of landlords."},"site.noneYet":{"type":"string","minLength":1,"description":"The home page with no landlord."},"site.latest":{"type":"string","minLength":1,"description":"Before a landlord's newest self-assessment on the home page."},"site.assessmentCount":{"type":"string","minLength":1,"description":"After it, where the landlord has more than one. Placeholders: {n}."},"site.documentTitle":{"type":"string","minLength":1,"description":"The title of a published document's page. Placeholders: {title}, {landlord}."},"site.documentDescription":{"type":"string","minLength":1,"description":"Its description, for search engines. Placeholders: {title}, {landlord}."},"site.documentLede":{"type":"string","minLength":1,"description":"The opening of a published document's page; {assessments} are links to the self-assessments that cite it. Placeholders: {landlord}, {n}, {assessments}."},"site.documentCitedBy":{"type":"string","minLength":1,"description":"One of those links. Placeholders: {period}."},"site.documentCitedByDraft":{"type":"string","minLength":1,"description":"One of those links, to a draft. Placeholders: {period}."},"site.publishedDocument":{"type":"string","minLength":1,"description":"Under the heading of a document published on a single page with the self-assessment. Placeholders: {landlord}."},"report.title":{"type":"string","minLength":1,"description":"The report's heading and title. Placeholders: {period}."},"report.lede":{"type":"string","minLength":1,"description":"The opening of the report's page. Placeholders: {landlord}, {period}."},"report.link":{"type":"string","minLength":1,"description":"The link to the report from the self-assessment's page and the landlord's page. Placeholders: {period}."},"report.partA":{"type":"string","minLength":1,"description":"The heading of part (a)."},"report.partALink":{"type":"string","minLength":1,"description":"Part (a)'s link to the self-assessment's page. Placeholders: {period}."},"report.partB":{"type":"string","minLength":1,"description":"The heading of part (b)."},"report.tsmCaption":{"type":"string","minLength":1,"description":"The caption of the TSMs' table."},"report.figuresCaption":{"type":"string","minLength":1,"description":"The caption of the table of each stage's figures."},"report.measure":{"type":"string","minLength":1,"description":"The first column of those tables."},"report.homes":{"type":"string","minLength":1,"description":"Under the TSMs' table: the number of homes and how they were counted. Placeholders: {homes}, {counted}."},"report.fromLog":{"type":"string","minLength":1,"description":"Under the tables, where the figures come from the complaints log."},"report.stated":{"type":"string","minLength":1,"description":"Under the tables, where the figures are stated in report.yaml. Placeholders: {landlord}."},"report.refusedCaption":{"type":"string","minLength":1,"description":"The caption of the table of refused complaints (8.1 b)."},"report.reason":{"type":"string","minLength":1,"description":"Its first column."},"report.count":{"type":"string","minLength":1,"description":"Its second column, and the categories' table's."},"report.categoriesCaption":{"type":"string","minLength":1,"description":"The caption of the table of categories."},"report.category":{"type":"string","minLength":1,"description":"Its first column."},"report.partC":{"type":"string","minLength":1,"description":"The heading of part (c)."},"report.determinations":{"type":"string","minLength":1,"description":"Part (c): the determinations' heading."},"report.failureOrders":{"type":"string","minLength":1,"description":"Part (c): the orders' heading."},"report.nonCompliance":{"type":"string","minLength":1,"description":"Part (c): the findings' heading."},"report.compensation":{"type":"string","minLength":1,"description":"After a determination's finding, where compensation was ordered. Placeholders: {amount}."},"report.partD":{"type":"string","minLength":1,"description":"The heading of part (d)."},"report.learned":{"type":"string","minLength":1,"description":"Part (d): the first column."},"report.changed":{"type":"string","minLength":1,"description":"Part (d): the second column."},"report.when":{"type":"string","minLength":1,"description":"Part (d): the third column."},"report.partE":{"type":"string","minLength":1,"description":"The heading of part (e). Placeholders: {landlord}."},"report.partF":{"type":"string","minLength":1,"description":"The heading of part (f)."},"measure.CH01_1":{"type":"string","minLength":1,"description":"The TSM CH01 (1)."},"measure.CH01_2":{"type":"string","minLength":1,"description":"The TSM CH01 (2)."},"measure.CH02_1":{"type":"string","minLength":1,"description":"The TSM CH02 (1)."},"measure.CH02_2":{"type":"string","minLength":1,"description":"The TSM CH02 (2)."},"measure.TP09":{"type":"string","minLength":1,"description":"The TSM TP09."},"measure.received":{"type":"string","minLength":1,"description":"A stage's complaints received in the year. Placeholders: {stage}."},"measure.acknowledgedInTime":{"type":"string","minLength":1,"description":"Of those, acknowledged in time. Placeholders: {stage}."},"measure.responded":{"type":"string","minLength":1,"description":"A stage's complaints responded to in the year. Placeholders: {stage}."},"measure.respondedInTime":{"type":"string","minLength":1,"description":"Of those, in time. Placeholders: {stage}."},"measure.extended":{"type":"string","minLength":1,"description":"Of those, extended. Placeholders: {stage}."},"measure.averageDays":{"type":"string","minLength":1,"description":"The mean working days to respond. Placeholders: {stage}."},"report.chartCh01":{"type":"string","minLength":1,"description":"The title of the chart of CH01."},"report.chartCh02":{"type":"string","minLength":1,"description":"The title of the chart of CH02."},"report.stage":{"type":"string","minLength":1,"description":"A series of the charts. Placeholders: {stage}."},"report.unknown":{"type":"string","minLength":1,"description":"A value the chart does not have (a figure the report does not state)."},"cited.section":{"type":"string","minLength":1,"description":"One numbered section of a cited document. Placeholders: {n}."},"cited.sections":{"type":"string","minLength":1,"description":"Several numbered sections of a cited document (\"1.4 - 1.7\"). Placeholders: {n}."},"cited.under":{"type":"string","minLength":1,"description":"A part of a cited document given by its heading. Placeholders: {heading}."},"cited.page":{"type":"string","minLength":1,"description":"One page of a cited document. Placeholders: {n}."},"cited.pages":{"type":"string","minLength":1,"description":"Several pages of a cited document. Placeholders: {n}."},"cited.provisions":{"type":"string","minLength":1,"description":"The provisions citing a document or a place in it; n is how many, ids the list. Placeholders: {n}, {ids}."},"cited.for":{"type":"string","minLength":1,"description":"The sentence after a document's title in the documents' list. Placeholders: {provisions}."},"cited.forAt":{"type":"string","minLength":1,"description":"The same, where every citation points at one place in the document. Placeholders: {provisions}, {where}."},"cited.placeFor":{"type":"string","minLength":1,"description":"One place in a document and the provisions citing it; several are joined with semicolons into a sentence. Placeholders: {where}, {provisions}."},"meta.title":{"type":"string","minLength":1,"description":"The PDF's and the DOCX's title. Placeholders: {landlord}, {period}."},"meta.subject":{"type":"string","minLength":1,"description":"The PDF's and the DOCX's subject. Placeholders: {publisher}, {code}, {id}."},"meta.keywords":{"type":"string","minLength":1,"description":"The documents' own keywords, separated by semicolons (the publisher and the period are added)."},"code.name":{"type":"string","minLength":1,"description":"How the Code an assessment is made against is named in sentences (\"Against the …\"). Placeholders: {publisher}, {code}, {id}."},"period.label":{"type":"string","minLength":1,"description":"The months a period covers, under the cover's title and in the facts. Placeholders: {start}, {end}."},"fact.periodValue":{"type":"string","minLength":1,"description":"The period in the facts: its name and the months it covers. Placeholders: {period}, {label}."},"approval.sentence":{"type":"string","minLength":1,"description":"An approved assessment's approval, in the facts and the approval section. Placeholders: {body}, {date}."},"approval.reference":{"type":"string","minLength":1,"description":"The approval's reference (a minute's number), after the approval sentence; a full stop is added when it has none. Placeholders: {reference}."},"meta.description":{"type":"string","minLength":1,"description":"The DOCX's description property. Placeholders: {landlord}, {code}, {months}, {edition}, {status}."},"report.tp09Survey":{"type":"string","minLength":1,"description":"After the homes counted: how the TP09 survey was made (report.yaml's tp09 survey). Placeholders: {survey}."},"cover.reportTitle":{"type":"string","minLength":1,"description":"The cover's title of a document that is the annual complaints report."},"report.documentIntro":{"type":"string","minLength":1,"description":"Under About, in a document that is the annual complaints report. Placeholders: {landlord}, {period}."},"meta.reportTitle":{"type":"string","minLength":1,"description":"The PDF's and the DOCX's title when the document is the annual complaints report. Placeholders: {landlord}, {period}."},"report.chartOutcomes":{"type":"string","minLength":1,"description":"The title of the chart of the year's responses by outcome, per stage. Placeholders: {period}."},"report.outcomesCaption":{"type":"string","minLength":1,"description":"The caption of the table of the year's responses by outcome, per stage."},"report.outcome":{"type":"string","minLength":1,"description":"The heading of the outcomes' column."},"outcome.upheld":{"type":"string","minLength":1,"description":"An outcome."},"outcome.partly_upheld":{"type":"string","minLength":1,"description":"An outcome."},"outcome.not_upheld":{"type":"string","minLength":1,"description":"An outcome."},"outcome.withdrawn":{"type":"string","minLength":1,"description":"An outcome."},"report.chartCategories":{"type":"string","minLength":1,"description":"The title of the chart of the year's complaints by category. Placeholders: {period}."},"report.complaints":{"type":"string","minLength":1,"description":"What the bars of a chart of one series count."},"report.chartFindings":{"type":"string","minLength":1,"description":"The title of the chart of the year's determinations by finding. Placeholders: {period}."},"report.findingsCaption":{"type":"string","minLength":1,"description":"The caption of the table of the year's determinations by finding."},"report.finding":{"type":"string","minLength":1,"description":"The heading of the findings' column."},"report.determinationsCount":{"type":"string","minLength":1,"description":"What the bars of the findings' chart count."},"site.landlordDescription":{"type":"string","minLength":1,"description":"The description of a landlord's page (the list of its self-assessments), for search engines. Placeholders: {landlord}."},"table.description":{"type":"string","minLength":1,"description":"A DOCX table's description for assistive technology: what its columns are. Placeholders: {columns}."},"table.countsDescription":{"type":"string","minLength":1,"description":"The description of the DOCX's boxes of counts (what changed), for assistive technology. Placeholders: {counts}."},"atAGlance.short.section":{"type":"string","minLength":1,"description":"The short heading of the at-a-glance table's section column on a narrow screen."}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://chc.example/schemas/messages.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema20.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.$schema.type,parentSchema:schema20.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data["draft.banner"] !== undefined){
let data1 = data["draft.banner"];
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/draft.banner",schemaPath:"#/properties/draft.banner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["draft.banner"],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/draft.banner",schemaPath:"#/properties/draft.banner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["draft.banner"].type,parentSchema:schema20.properties["draft.banner"],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["draft.cover"] !== undefined){
let data2 = data["draft.cover"];
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err4 = {instancePath:instancePath+"/draft.cover",schemaPath:"#/properties/draft.cover/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["draft.cover"],data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/draft.cover",schemaPath:"#/properties/draft.cover/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["draft.cover"].type,parentSchema:schema20.properties["draft.cover"],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data["draft.closing"] !== undefined){
let data3 = data["draft.closing"];
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err6 = {instancePath:instancePath+"/draft.closing",schemaPath:"#/properties/draft.closing/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["draft.closing"],data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/draft.closing",schemaPath:"#/properties/draft.closing/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["draft.closing"].type,parentSchema:schema20.properties["draft.closing"],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data["about.howToRead"] !== undefined){
let data4 = data["about.howToRead"];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err8 = {instancePath:instancePath+"/about.howToRead",schemaPath:"#/properties/about.howToRead/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["about.howToRead"],data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/about.howToRead",schemaPath:"#/properties/about.howToRead/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["about.howToRead"].type,parentSchema:schema20.properties["about.howToRead"],data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data["about.internal.public"] !== undefined){
let data5 = data["about.internal.public"];
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err10 = {instancePath:instancePath+"/about.internal.public",schemaPath:"#/properties/about.internal.public/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["about.internal.public"],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/about.internal.public",schemaPath:"#/properties/about.internal.public/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["about.internal.public"].type,parentSchema:schema20.properties["about.internal.public"],data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data["about.internal.board"] !== undefined){
let data6 = data["about.internal.board"];
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err12 = {instancePath:instancePath+"/about.internal.board",schemaPath:"#/properties/about.internal.board/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["about.internal.board"],data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/about.internal.board",schemaPath:"#/properties/about.internal.board/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["about.internal.board"].type,parentSchema:schema20.properties["about.internal.board"],data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data["changes.newProvision"] !== undefined){
let data7 = data["changes.newProvision"];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err14 = {instancePath:instancePath+"/changes.newProvision",schemaPath:"#/properties/changes.newProvision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.newProvision"],data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/changes.newProvision",schemaPath:"#/properties/changes.newProvision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.newProvision"].type,parentSchema:schema20.properties["changes.newProvision"],data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data["changes.changed"] !== undefined){
let data8 = data["changes.changed"];
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err16 = {instancePath:instancePath+"/changes.changed",schemaPath:"#/properties/changes.changed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.changed"],data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/changes.changed",schemaPath:"#/properties/changes.changed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.changed"].type,parentSchema:schema20.properties["changes.changed"],data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data["changes.as"] !== undefined){
let data9 = data["changes.as"];
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err18 = {instancePath:instancePath+"/changes.as",schemaPath:"#/properties/changes.as/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.as"],data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/changes.as",schemaPath:"#/properties/changes.as/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.as"].type,parentSchema:schema20.properties["changes.as"],data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data["changes.figure"] !== undefined){
let data10 = data["changes.figure"];
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err20 = {instancePath:instancePath+"/changes.figure",schemaPath:"#/properties/changes.figure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.figure"],data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/changes.figure",schemaPath:"#/properties/changes.figure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.figure"].type,parentSchema:schema20.properties["changes.figure"],data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data["changes.compared.sameCode"] !== undefined){
let data11 = data["changes.compared.sameCode"];
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err22 = {instancePath:instancePath+"/changes.compared.sameCode",schemaPath:"#/properties/changes.compared.sameCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.compared.sameCode"],data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/changes.compared.sameCode",schemaPath:"#/properties/changes.compared.sameCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.compared.sameCode"].type,parentSchema:schema20.properties["changes.compared.sameCode"],data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data["changes.compared.codeChanged"] !== undefined){
let data12 = data["changes.compared.codeChanged"];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err24 = {instancePath:instancePath+"/changes.compared.codeChanged",schemaPath:"#/properties/changes.compared.codeChanged/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.compared.codeChanged"],data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/changes.compared.codeChanged",schemaPath:"#/properties/changes.compared.codeChanged/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.compared.codeChanged"].type,parentSchema:schema20.properties["changes.compared.codeChanged"],data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data["changes.none"] !== undefined){
let data13 = data["changes.none"];
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err26 = {instancePath:instancePath+"/changes.none",schemaPath:"#/properties/changes.none/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.none"],data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/changes.none",schemaPath:"#/properties/changes.none/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.none"].type,parentSchema:schema20.properties["changes.none"],data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data["atAGlance.note"] !== undefined){
let data14 = data["atAGlance.note"];
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err28 = {instancePath:instancePath+"/atAGlance.note",schemaPath:"#/properties/atAGlance.note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.note"],data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/atAGlance.note",schemaPath:"#/properties/atAGlance.note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.note"].type,parentSchema:schema20.properties["atAGlance.note"],data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data["atAGlance.caption"] !== undefined){
let data15 = data["atAGlance.caption"];
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err30 = {instancePath:instancePath+"/atAGlance.caption",schemaPath:"#/properties/atAGlance.caption/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.caption"],data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/atAGlance.caption",schemaPath:"#/properties/atAGlance.caption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.caption"].type,parentSchema:schema20.properties["atAGlance.caption"],data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data["documents.none"] !== undefined){
let data16 = data["documents.none"];
if(typeof data16 === "string"){
if(func3(data16) < 1){
const err32 = {instancePath:instancePath+"/documents.none",schemaPath:"#/properties/documents.none/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["documents.none"],data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/documents.none",schemaPath:"#/properties/documents.none/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["documents.none"].type,parentSchema:schema20.properties["documents.none"],data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data["approval.draft"] !== undefined){
let data17 = data["approval.draft"];
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err34 = {instancePath:instancePath+"/approval.draft",schemaPath:"#/properties/approval.draft/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["approval.draft"],data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/approval.draft",schemaPath:"#/properties/approval.draft/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["approval.draft"].type,parentSchema:schema20.properties["approval.draft"],data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data["approval.draftPrint"] !== undefined){
let data18 = data["approval.draftPrint"];
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err36 = {instancePath:instancePath+"/approval.draftPrint",schemaPath:"#/properties/approval.draftPrint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["approval.draftPrint"],data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/approval.draftPrint",schemaPath:"#/properties/approval.draftPrint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["approval.draftPrint"].type,parentSchema:schema20.properties["approval.draftPrint"],data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data["heading.about"] !== undefined){
let data19 = data["heading.about"];
if(typeof data19 === "string"){
if(func3(data19) < 1){
const err38 = {instancePath:instancePath+"/heading.about",schemaPath:"#/properties/heading.about/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.about"],data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/heading.about",schemaPath:"#/properties/heading.about/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.about"].type,parentSchema:schema20.properties["heading.about"],data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data["heading.response"] !== undefined){
let data20 = data["heading.response"];
if(typeof data20 === "string"){
if(func3(data20) < 1){
const err40 = {instancePath:instancePath+"/heading.response",schemaPath:"#/properties/heading.response/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.response"],data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/heading.response",schemaPath:"#/properties/heading.response/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.response"].type,parentSchema:schema20.properties["heading.response"],data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data["heading.introduction"] !== undefined){
let data21 = data["heading.introduction"];
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err42 = {instancePath:instancePath+"/heading.introduction",schemaPath:"#/properties/heading.introduction/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.introduction"],data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/heading.introduction",schemaPath:"#/properties/heading.introduction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.introduction"].type,parentSchema:schema20.properties["heading.introduction"],data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data["heading.atAGlance"] !== undefined){
let data22 = data["heading.atAGlance"];
if(typeof data22 === "string"){
if(func3(data22) < 1){
const err44 = {instancePath:instancePath+"/heading.atAGlance",schemaPath:"#/properties/heading.atAGlance/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.atAGlance"],data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/heading.atAGlance",schemaPath:"#/properties/heading.atAGlance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.atAGlance"].type,parentSchema:schema20.properties["heading.atAGlance"],data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data["heading.changes"] !== undefined){
let data23 = data["heading.changes"];
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err46 = {instancePath:instancePath+"/heading.changes",schemaPath:"#/properties/heading.changes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.changes"],data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/heading.changes",schemaPath:"#/properties/heading.changes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.changes"].type,parentSchema:schema20.properties["heading.changes"],data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data["heading.assessment"] !== undefined){
let data24 = data["heading.assessment"];
if(typeof data24 === "string"){
if(func3(data24) < 1){
const err48 = {instancePath:instancePath+"/heading.assessment",schemaPath:"#/properties/heading.assessment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.assessment"],data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/heading.assessment",schemaPath:"#/properties/heading.assessment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.assessment"].type,parentSchema:schema20.properties["heading.assessment"],data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data["heading.documents"] !== undefined){
let data25 = data["heading.documents"];
if(typeof data25 === "string"){
if(func3(data25) < 1){
const err50 = {instancePath:instancePath+"/heading.documents",schemaPath:"#/properties/heading.documents/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.documents"],data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/heading.documents",schemaPath:"#/properties/heading.documents/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.documents"].type,parentSchema:schema20.properties["heading.documents"],data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data["heading.actionPlan"] !== undefined){
let data26 = data["heading.actionPlan"];
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err52 = {instancePath:instancePath+"/heading.actionPlan",schemaPath:"#/properties/heading.actionPlan/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.actionPlan"],data:data26};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/heading.actionPlan",schemaPath:"#/properties/heading.actionPlan/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.actionPlan"].type,parentSchema:schema20.properties["heading.actionPlan"],data:data26};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data["heading.approval"] !== undefined){
let data27 = data["heading.approval"];
if(typeof data27 === "string"){
if(func3(data27) < 1){
const err54 = {instancePath:instancePath+"/heading.approval",schemaPath:"#/properties/heading.approval/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.approval"],data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/heading.approval",schemaPath:"#/properties/heading.approval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.approval"].type,parentSchema:schema20.properties["heading.approval"],data:data27};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data["heading.draftStatus"] !== undefined){
let data28 = data["heading.draftStatus"];
if(typeof data28 === "string"){
if(func3(data28) < 1){
const err56 = {instancePath:instancePath+"/heading.draftStatus",schemaPath:"#/properties/heading.draftStatus/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.draftStatus"],data:data28};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/heading.draftStatus",schemaPath:"#/properties/heading.draftStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.draftStatus"].type,parentSchema:schema20.properties["heading.draftStatus"],data:data28};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data["edition.public"] !== undefined){
let data29 = data["edition.public"];
if(typeof data29 === "string"){
if(func3(data29) < 1){
const err58 = {instancePath:instancePath+"/edition.public",schemaPath:"#/properties/edition.public/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["edition.public"],data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/edition.public",schemaPath:"#/properties/edition.public/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["edition.public"].type,parentSchema:schema20.properties["edition.public"],data:data29};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data["edition.board"] !== undefined){
let data30 = data["edition.board"];
if(typeof data30 === "string"){
if(func3(data30) < 1){
const err60 = {instancePath:instancePath+"/edition.board",schemaPath:"#/properties/edition.board/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["edition.board"],data:data30};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/edition.board",schemaPath:"#/properties/edition.board/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["edition.board"].type,parentSchema:schema20.properties["edition.board"],data:data30};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data["edition.boardUnnamed"] !== undefined){
let data31 = data["edition.boardUnnamed"];
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err62 = {instancePath:instancePath+"/edition.boardUnnamed",schemaPath:"#/properties/edition.boardUnnamed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["edition.boardUnnamed"],data:data31};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/edition.boardUnnamed",schemaPath:"#/properties/edition.boardUnnamed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["edition.boardUnnamed"].type,parentSchema:schema20.properties["edition.boardUnnamed"],data:data31};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data["edition.internal"] !== undefined){
let data32 = data["edition.internal"];
if(typeof data32 === "string"){
if(func3(data32) < 1){
const err64 = {instancePath:instancePath+"/edition.internal",schemaPath:"#/properties/edition.internal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["edition.internal"],data:data32};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/edition.internal",schemaPath:"#/properties/edition.internal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["edition.internal"].type,parentSchema:schema20.properties["edition.internal"],data:data32};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data["fact.landlord"] !== undefined){
let data33 = data["fact.landlord"];
if(typeof data33 === "string"){
if(func3(data33) < 1){
const err66 = {instancePath:instancePath+"/fact.landlord",schemaPath:"#/properties/fact.landlord/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.landlord"],data:data33};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/fact.landlord",schemaPath:"#/properties/fact.landlord/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.landlord"].type,parentSchema:schema20.properties["fact.landlord"],data:data33};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data["fact.period"] !== undefined){
let data34 = data["fact.period"];
if(typeof data34 === "string"){
if(func3(data34) < 1){
const err68 = {instancePath:instancePath+"/fact.period",schemaPath:"#/properties/fact.period/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.period"],data:data34};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/fact.period",schemaPath:"#/properties/fact.period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.period"].type,parentSchema:schema20.properties["fact.period"],data:data34};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data["fact.assessedAgainst"] !== undefined){
let data35 = data["fact.assessedAgainst"];
if(typeof data35 === "string"){
if(func3(data35) < 1){
const err70 = {instancePath:instancePath+"/fact.assessedAgainst",schemaPath:"#/properties/fact.assessedAgainst/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.assessedAgainst"],data:data35};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/fact.assessedAgainst",schemaPath:"#/properties/fact.assessedAgainst/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.assessedAgainst"].type,parentSchema:schema20.properties["fact.assessedAgainst"],data:data35};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data["fact.assessedAgainstText"] !== undefined){
let data36 = data["fact.assessedAgainstText"];
if(typeof data36 === "string"){
if(func3(data36) < 1){
const err72 = {instancePath:instancePath+"/fact.assessedAgainstText",schemaPath:"#/properties/fact.assessedAgainstText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.assessedAgainstText"],data:data36};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/fact.assessedAgainstText",schemaPath:"#/properties/fact.assessedAgainstText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.assessedAgainstText"].type,parentSchema:schema20.properties["fact.assessedAgainstText"],data:data36};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data["fact.assessedAgainstStatutory"] !== undefined){
let data37 = data["fact.assessedAgainstStatutory"];
if(typeof data37 === "string"){
if(func3(data37) < 1){
const err74 = {instancePath:instancePath+"/fact.assessedAgainstStatutory",schemaPath:"#/properties/fact.assessedAgainstStatutory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.assessedAgainstStatutory"],data:data37};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/fact.assessedAgainstStatutory",schemaPath:"#/properties/fact.assessedAgainstStatutory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.assessedAgainstStatutory"].type,parentSchema:schema20.properties["fact.assessedAgainstStatutory"],data:data37};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data["fact.assessedOn"] !== undefined){
let data38 = data["fact.assessedOn"];
if(typeof data38 === "string"){
if(func3(data38) < 1){
const err76 = {instancePath:instancePath+"/fact.assessedOn",schemaPath:"#/properties/fact.assessedOn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.assessedOn"],data:data38};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/fact.assessedOn",schemaPath:"#/properties/fact.assessedOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.assessedOn"].type,parentSchema:schema20.properties["fact.assessedOn"],data:data38};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data["fact.approval"] !== undefined){
let data39 = data["fact.approval"];
if(typeof data39 === "string"){
if(func3(data39) < 1){
const err78 = {instancePath:instancePath+"/fact.approval",schemaPath:"#/properties/fact.approval/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.approval"],data:data39};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/fact.approval",schemaPath:"#/properties/fact.approval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.approval"].type,parentSchema:schema20.properties["fact.approval"],data:data39};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data["fact.mrc"] !== undefined){
let data40 = data["fact.mrc"];
if(typeof data40 === "string"){
if(func3(data40) < 1){
const err80 = {instancePath:instancePath+"/fact.mrc",schemaPath:"#/properties/fact.mrc/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.mrc"],data:data40};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/fact.mrc",schemaPath:"#/properties/fact.mrc/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.mrc"].type,parentSchema:schema20.properties["fact.mrc"],data:data40};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data["fact.complaintsPage"] !== undefined){
let data41 = data["fact.complaintsPage"];
if(typeof data41 === "string"){
if(func3(data41) < 1){
const err82 = {instancePath:instancePath+"/fact.complaintsPage",schemaPath:"#/properties/fact.complaintsPage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.complaintsPage"],data:data41};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/fact.complaintsPage",schemaPath:"#/properties/fact.complaintsPage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.complaintsPage"].type,parentSchema:schema20.properties["fact.complaintsPage"],data:data41};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data["fact.covers"] !== undefined){
let data42 = data["fact.covers"];
if(typeof data42 === "string"){
if(func3(data42) < 1){
const err84 = {instancePath:instancePath+"/fact.covers",schemaPath:"#/properties/fact.covers/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.covers"],data:data42};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/fact.covers",schemaPath:"#/properties/fact.covers/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.covers"].type,parentSchema:schema20.properties["fact.covers"],data:data42};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data["fact.groupMembers"] !== undefined){
let data43 = data["fact.groupMembers"];
if(typeof data43 === "string"){
if(func3(data43) < 1){
const err86 = {instancePath:instancePath+"/fact.groupMembers",schemaPath:"#/properties/fact.groupMembers/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.groupMembers"],data:data43};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/fact.groupMembers",schemaPath:"#/properties/fact.groupMembers/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.groupMembers"].type,parentSchema:schema20.properties["fact.groupMembers"],data:data43};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data["fact.edition"] !== undefined){
let data44 = data["fact.edition"];
if(typeof data44 === "string"){
if(func3(data44) < 1){
const err88 = {instancePath:instancePath+"/fact.edition",schemaPath:"#/properties/fact.edition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.edition"],data:data44};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/fact.edition",schemaPath:"#/properties/fact.edition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.edition"].type,parentSchema:schema20.properties["fact.edition"],data:data44};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data["column.provision"] !== undefined){
let data45 = data["column.provision"];
if(typeof data45 === "string"){
if(func3(data45) < 1){
const err90 = {instancePath:instancePath+"/column.provision",schemaPath:"#/properties/column.provision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["column.provision"],data:data45};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/column.provision",schemaPath:"#/properties/column.provision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["column.provision"].type,parentSchema:schema20.properties["column.provision"],data:data45};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data["column.requirement"] !== undefined){
let data46 = data["column.requirement"];
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err92 = {instancePath:instancePath+"/column.requirement",schemaPath:"#/properties/column.requirement/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["column.requirement"],data:data46};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/column.requirement",schemaPath:"#/properties/column.requirement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["column.requirement"].type,parentSchema:schema20.properties["column.requirement"],data:data46};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data["column.comply"] !== undefined){
let data47 = data["column.comply"];
if(typeof data47 === "string"){
if(func3(data47) < 1){
const err94 = {instancePath:instancePath+"/column.comply",schemaPath:"#/properties/column.comply/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["column.comply"],data:data47};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/column.comply",schemaPath:"#/properties/column.comply/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["column.comply"].type,parentSchema:schema20.properties["column.comply"],data:data47};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data["column.evidence"] !== undefined){
let data48 = data["column.evidence"];
if(typeof data48 === "string"){
if(func3(data48) < 1){
const err96 = {instancePath:instancePath+"/column.evidence",schemaPath:"#/properties/column.evidence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["column.evidence"],data:data48};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/column.evidence",schemaPath:"#/properties/column.evidence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["column.evidence"].type,parentSchema:schema20.properties["column.evidence"],data:data48};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data["column.commentary"] !== undefined){
let data49 = data["column.commentary"];
if(typeof data49 === "string"){
if(func3(data49) < 1){
const err98 = {instancePath:instancePath+"/column.commentary",schemaPath:"#/properties/column.commentary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["column.commentary"],data:data49};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/column.commentary",schemaPath:"#/properties/column.commentary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["column.commentary"].type,parentSchema:schema20.properties["column.commentary"],data:data49};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data["provision.inPlainEnglish"] !== undefined){
let data50 = data["provision.inPlainEnglish"];
if(typeof data50 === "string"){
if(func3(data50) < 1){
const err100 = {instancePath:instancePath+"/provision.inPlainEnglish",schemaPath:"#/properties/provision.inPlainEnglish/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.inPlainEnglish"],data:data50};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/provision.inPlainEnglish",schemaPath:"#/properties/provision.inPlainEnglish/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.inPlainEnglish"].type,parentSchema:schema20.properties["provision.inPlainEnglish"],data:data50};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data["provision.continued"] !== undefined){
let data51 = data["provision.continued"];
if(typeof data51 === "string"){
if(func3(data51) < 1){
const err102 = {instancePath:instancePath+"/provision.continued",schemaPath:"#/properties/provision.continued/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.continued"],data:data51};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/provision.continued",schemaPath:"#/properties/provision.continued/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.continued"].type,parentSchema:schema20.properties["provision.continued"],data:data51};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data["action.label"] !== undefined){
let data52 = data["action.label"];
if(typeof data52 === "string"){
if(func3(data52) < 1){
const err104 = {instancePath:instancePath+"/action.label",schemaPath:"#/properties/action.label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["action.label"],data:data52};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/action.label",schemaPath:"#/properties/action.label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["action.label"].type,parentSchema:schema20.properties["action.label"],data:data52};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data["action.owner"] !== undefined){
let data53 = data["action.owner"];
if(typeof data53 === "string"){
if(func3(data53) < 1){
const err106 = {instancePath:instancePath+"/action.owner",schemaPath:"#/properties/action.owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["action.owner"],data:data53};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/action.owner",schemaPath:"#/properties/action.owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["action.owner"].type,parentSchema:schema20.properties["action.owner"],data:data53};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data["action.due"] !== undefined){
let data54 = data["action.due"];
if(typeof data54 === "string"){
if(func3(data54) < 1){
const err108 = {instancePath:instancePath+"/action.due",schemaPath:"#/properties/action.due/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["action.due"],data:data54};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/action.due",schemaPath:"#/properties/action.due/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["action.due"].type,parentSchema:schema20.properties["action.due"],data:data54};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data["action.done"] !== undefined){
let data55 = data["action.done"];
if(typeof data55 === "string"){
if(func3(data55) < 1){
const err110 = {instancePath:instancePath+"/action.done",schemaPath:"#/properties/action.done/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["action.done"],data:data55};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/action.done",schemaPath:"#/properties/action.done/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["action.done"].type,parentSchema:schema20.properties["action.done"],data:data55};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data["action.doneOn"] !== undefined){
let data56 = data["action.doneOn"];
if(typeof data56 === "string"){
if(func3(data56) < 1){
const err112 = {instancePath:instancePath+"/action.doneOn",schemaPath:"#/properties/action.doneOn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["action.doneOn"],data:data56};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/action.doneOn",schemaPath:"#/properties/action.doneOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["action.doneOn"].type,parentSchema:schema20.properties["action.doneOn"],data:data56};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data["action.dropped"] !== undefined){
let data57 = data["action.dropped"];
if(typeof data57 === "string"){
if(func3(data57) < 1){
const err114 = {instancePath:instancePath+"/action.dropped",schemaPath:"#/properties/action.dropped/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["action.dropped"],data:data57};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/action.dropped",schemaPath:"#/properties/action.dropped/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["action.dropped"].type,parentSchema:schema20.properties["action.dropped"],data:data57};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data["atAGlance.allSections"] !== undefined){
let data58 = data["atAGlance.allSections"];
if(typeof data58 === "string"){
if(func3(data58) < 1){
const err116 = {instancePath:instancePath+"/atAGlance.allSections",schemaPath:"#/properties/atAGlance.allSections/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.allSections"],data:data58};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/atAGlance.allSections",schemaPath:"#/properties/atAGlance.allSections/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.allSections"].type,parentSchema:schema20.properties["atAGlance.allSections"],data:data58};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data["actions.caption"] !== undefined){
let data59 = data["actions.caption"];
if(typeof data59 === "string"){
if(func3(data59) < 1){
const err118 = {instancePath:instancePath+"/actions.caption",schemaPath:"#/properties/actions.caption/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.caption"],data:data59};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/actions.caption",schemaPath:"#/properties/actions.caption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.caption"].type,parentSchema:schema20.properties["actions.caption"],data:data59};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data["actions.none"] !== undefined){
let data60 = data["actions.none"];
if(typeof data60 === "string"){
if(func3(data60) < 1){
const err120 = {instancePath:instancePath+"/actions.none",schemaPath:"#/properties/actions.none/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.none"],data:data60};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/actions.none",schemaPath:"#/properties/actions.none/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.none"].type,parentSchema:schema20.properties["actions.none"],data:data60};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data["actions.noneDated"] !== undefined){
let data61 = data["actions.noneDated"];
if(typeof data61 === "string"){
if(func3(data61) < 1){
const err122 = {instancePath:instancePath+"/actions.noneDated",schemaPath:"#/properties/actions.noneDated/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.noneDated"],data:data61};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/actions.noneDated",schemaPath:"#/properties/actions.noneDated/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.noneDated"].type,parentSchema:schema20.properties["actions.noneDated"],data:data61};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data["actions.provision"] !== undefined){
let data62 = data["actions.provision"];
if(typeof data62 === "string"){
if(func3(data62) < 1){
const err124 = {instancePath:instancePath+"/actions.provision",schemaPath:"#/properties/actions.provision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.provision"],data:data62};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/actions.provision",schemaPath:"#/properties/actions.provision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.provision"].type,parentSchema:schema20.properties["actions.provision"],data:data62};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data["actions.provisionTitled"] !== undefined){
let data63 = data["actions.provisionTitled"];
if(typeof data63 === "string"){
if(func3(data63) < 1){
const err126 = {instancePath:instancePath+"/actions.provisionTitled",schemaPath:"#/properties/actions.provisionTitled/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.provisionTitled"],data:data63};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/actions.provisionTitled",schemaPath:"#/properties/actions.provisionTitled/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.provisionTitled"].type,parentSchema:schema20.properties["actions.provisionTitled"],data:data63};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data["actions.column.due"] !== undefined){
let data64 = data["actions.column.due"];
if(typeof data64 === "string"){
if(func3(data64) < 1){
const err128 = {instancePath:instancePath+"/actions.column.due",schemaPath:"#/properties/actions.column.due/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.column.due"],data:data64};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/actions.column.due",schemaPath:"#/properties/actions.column.due/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.column.due"].type,parentSchema:schema20.properties["actions.column.due"],data:data64};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data["actions.column.provision"] !== undefined){
let data65 = data["actions.column.provision"];
if(typeof data65 === "string"){
if(func3(data65) < 1){
const err130 = {instancePath:instancePath+"/actions.column.provision",schemaPath:"#/properties/actions.column.provision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.column.provision"],data:data65};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/actions.column.provision",schemaPath:"#/properties/actions.column.provision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.column.provision"].type,parentSchema:schema20.properties["actions.column.provision"],data:data65};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data["actions.column.action"] !== undefined){
let data66 = data["actions.column.action"];
if(typeof data66 === "string"){
if(func3(data66) < 1){
const err132 = {instancePath:instancePath+"/actions.column.action",schemaPath:"#/properties/actions.column.action/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.column.action"],data:data66};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/actions.column.action",schemaPath:"#/properties/actions.column.action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.column.action"].type,parentSchema:schema20.properties["actions.column.action"],data:data66};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data["actions.column.owner"] !== undefined){
let data67 = data["actions.column.owner"];
if(typeof data67 === "string"){
if(func3(data67) < 1){
const err134 = {instancePath:instancePath+"/actions.column.owner",schemaPath:"#/properties/actions.column.owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.column.owner"],data:data67};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/actions.column.owner",schemaPath:"#/properties/actions.column.owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.column.owner"].type,parentSchema:schema20.properties["actions.column.owner"],data:data67};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data["approval.hash"] !== undefined){
let data68 = data["approval.hash"];
if(typeof data68 === "string"){
if(func3(data68) < 1){
const err136 = {instancePath:instancePath+"/approval.hash",schemaPath:"#/properties/approval.hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["approval.hash"],data:data68};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/approval.hash",schemaPath:"#/properties/approval.hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["approval.hash"].type,parentSchema:schema20.properties["approval.hash"],data:data68};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data["site.lede"] !== undefined){
let data69 = data["site.lede"];
if(typeof data69 === "string"){
if(func3(data69) < 1){
const err138 = {instancePath:instancePath+"/site.lede",schemaPath:"#/properties/site.lede/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.lede"],data:data69};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/site.lede",schemaPath:"#/properties/site.lede/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.lede"].type,parentSchema:schema20.properties["site.lede"],data:data69};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data["site.atAGlance"] !== undefined){
let data70 = data["site.atAGlance"];
if(typeof data70 === "string"){
if(func3(data70) < 1){
const err140 = {instancePath:instancePath+"/site.atAGlance",schemaPath:"#/properties/site.atAGlance/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.atAGlance"],data:data70};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/site.atAGlance",schemaPath:"#/properties/site.atAGlance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.atAGlance"].type,parentSchema:schema20.properties["site.atAGlance"],data:data70};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data["site.actions"] !== undefined){
let data71 = data["site.actions"];
if(typeof data71 === "string"){
if(func3(data71) < 1){
const err142 = {instancePath:instancePath+"/site.actions",schemaPath:"#/properties/site.actions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.actions"],data:data71};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/site.actions",schemaPath:"#/properties/site.actions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.actions"].type,parentSchema:schema20.properties["site.actions"],data:data71};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data["site.actionsLink"] !== undefined){
let data72 = data["site.actionsLink"];
if(typeof data72 === "string"){
if(func3(data72) < 1){
const err144 = {instancePath:instancePath+"/site.actionsLink",schemaPath:"#/properties/site.actionsLink/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.actionsLink"],data:data72};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/site.actionsLink",schemaPath:"#/properties/site.actionsLink/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.actionsLink"].type,parentSchema:schema20.properties["site.actionsLink"],data:data72};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data["site.actionsNone"] !== undefined){
let data73 = data["site.actionsNone"];
if(typeof data73 === "string"){
if(func3(data73) < 1){
const err146 = {instancePath:instancePath+"/site.actionsNone",schemaPath:"#/properties/site.actionsNone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.actionsNone"],data:data73};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/site.actionsNone",schemaPath:"#/properties/site.actionsNone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.actionsNone"].type,parentSchema:schema20.properties["site.actionsNone"],data:data73};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data["site.landlordLede"] !== undefined){
let data74 = data["site.landlordLede"];
if(typeof data74 === "string"){
if(func3(data74) < 1){
const err148 = {instancePath:instancePath+"/site.landlordLede",schemaPath:"#/properties/site.landlordLede/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.landlordLede"],data:data74};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/site.landlordLede",schemaPath:"#/properties/site.landlordLede/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.landlordLede"].type,parentSchema:schema20.properties["site.landlordLede"],data:data74};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data["cover.title"] !== undefined){
let data75 = data["cover.title"];
if(typeof data75 === "string"){
if(func3(data75) < 1){
const err150 = {instancePath:instancePath+"/cover.title",schemaPath:"#/properties/cover.title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cover.title"],data:data75};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/cover.title",schemaPath:"#/properties/cover.title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cover.title"].type,parentSchema:schema20.properties["cover.title"],data:data75};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data["heading.contents"] !== undefined){
let data76 = data["heading.contents"];
if(typeof data76 === "string"){
if(func3(data76) < 1){
const err152 = {instancePath:instancePath+"/heading.contents",schemaPath:"#/properties/heading.contents/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.contents"],data:data76};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/heading.contents",schemaPath:"#/properties/heading.contents/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.contents"].type,parentSchema:schema20.properties["heading.contents"],data:data76};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data["heading.complain"] !== undefined){
let data77 = data["heading.complain"];
if(typeof data77 === "string"){
if(func3(data77) < 1){
const err154 = {instancePath:instancePath+"/heading.complain",schemaPath:"#/properties/heading.complain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["heading.complain"],data:data77};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/heading.complain",schemaPath:"#/properties/heading.complain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["heading.complain"].type,parentSchema:schema20.properties["heading.complain"],data:data77};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data["site.downloads"] !== undefined){
let data78 = data["site.downloads"];
if(typeof data78 === "string"){
if(func3(data78) < 1){
const err156 = {instancePath:instancePath+"/site.downloads",schemaPath:"#/properties/site.downloads/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.downloads"],data:data78};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/site.downloads",schemaPath:"#/properties/site.downloads/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.downloads"].type,parentSchema:schema20.properties["site.downloads"],data:data78};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data["site.downloadPdf"] !== undefined){
let data79 = data["site.downloadPdf"];
if(typeof data79 === "string"){
if(func3(data79) < 1){
const err158 = {instancePath:instancePath+"/site.downloadPdf",schemaPath:"#/properties/site.downloadPdf/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.downloadPdf"],data:data79};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/site.downloadPdf",schemaPath:"#/properties/site.downloadPdf/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.downloadPdf"].type,parentSchema:schema20.properties["site.downloadPdf"],data:data79};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data["site.downloadDocx"] !== undefined){
let data80 = data["site.downloadDocx"];
if(typeof data80 === "string"){
if(func3(data80) < 1){
const err160 = {instancePath:instancePath+"/site.downloadDocx",schemaPath:"#/properties/site.downloadDocx/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.downloadDocx"],data:data80};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/site.downloadDocx",schemaPath:"#/properties/site.downloadDocx/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.downloadDocx"].type,parentSchema:schema20.properties["site.downloadDocx"],data:data80};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data["site.onThisPage"] !== undefined){
let data81 = data["site.onThisPage"];
if(typeof data81 === "string"){
if(func3(data81) < 1){
const err162 = {instancePath:instancePath+"/site.onThisPage",schemaPath:"#/properties/site.onThisPage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.onThisPage"],data:data81};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/site.onThisPage",schemaPath:"#/properties/site.onThisPage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.onThisPage"].type,parentSchema:schema20.properties["site.onThisPage"],data:data81};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data["provision.summaryLabel"] !== undefined){
let data82 = data["provision.summaryLabel"];
if(typeof data82 === "string"){
if(func3(data82) < 1){
const err164 = {instancePath:instancePath+"/provision.summaryLabel",schemaPath:"#/properties/provision.summaryLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.summaryLabel"],data:data82};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/provision.summaryLabel",schemaPath:"#/properties/provision.summaryLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.summaryLabel"].type,parentSchema:schema20.properties["provision.summaryLabel"],data:data82};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data["provision.wording"] !== undefined){
let data83 = data["provision.wording"];
if(typeof data83 === "string"){
if(func3(data83) < 1){
const err166 = {instancePath:instancePath+"/provision.wording",schemaPath:"#/properties/provision.wording/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.wording"],data:data83};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/provision.wording",schemaPath:"#/properties/provision.wording/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.wording"].type,parentSchema:schema20.properties["provision.wording"],data:data83};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data["provision.answer"] !== undefined){
let data84 = data["provision.answer"];
if(typeof data84 === "string"){
if(func3(data84) < 1){
const err168 = {instancePath:instancePath+"/provision.answer",schemaPath:"#/properties/provision.answer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.answer"],data:data84};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/provision.answer",schemaPath:"#/properties/provision.answer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.answer"].type,parentSchema:schema20.properties["provision.answer"],data:data84};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data["provision.evidence"] !== undefined){
let data85 = data["provision.evidence"];
if(typeof data85 === "string"){
if(func3(data85) < 1){
const err170 = {instancePath:instancePath+"/provision.evidence",schemaPath:"#/properties/provision.evidence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.evidence"],data:data85};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/provision.evidence",schemaPath:"#/properties/provision.evidence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.evidence"].type,parentSchema:schema20.properties["provision.evidence"],data:data85};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data["provision.commentary"] !== undefined){
let data86 = data["provision.commentary"];
if(typeof data86 === "string"){
if(func3(data86) < 1){
const err172 = {instancePath:instancePath+"/provision.commentary",schemaPath:"#/properties/provision.commentary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.commentary"],data:data86};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/provision.commentary",schemaPath:"#/properties/provision.commentary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.commentary"].type,parentSchema:schema20.properties["provision.commentary"],data:data86};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data["provision.action"] !== undefined){
let data87 = data["provision.action"];
if(typeof data87 === "string"){
if(func3(data87) < 1){
const err174 = {instancePath:instancePath+"/provision.action",schemaPath:"#/properties/provision.action/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.action"],data:data87};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/provision.action",schemaPath:"#/properties/provision.action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.action"].type,parentSchema:schema20.properties["provision.action"],data:data87};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data["provision.notAnswered"] !== undefined){
let data88 = data["provision.notAnswered"];
if(typeof data88 === "string"){
if(func3(data88) < 1){
const err176 = {instancePath:instancePath+"/provision.notAnswered",schemaPath:"#/properties/provision.notAnswered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.notAnswered"],data:data88};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/provision.notAnswered",schemaPath:"#/properties/provision.notAnswered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.notAnswered"].type,parentSchema:schema20.properties["provision.notAnswered"],data:data88};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data["actions.for"] !== undefined){
let data89 = data["actions.for"];
if(typeof data89 === "string"){
if(func3(data89) < 1){
const err178 = {instancePath:instancePath+"/actions.for",schemaPath:"#/properties/actions.for/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["actions.for"],data:data89};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/actions.for",schemaPath:"#/properties/actions.for/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["actions.for"].type,parentSchema:schema20.properties["actions.for"],data:data89};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data["provision.document"] !== undefined){
let data90 = data["provision.document"];
if(typeof data90 === "string"){
if(func3(data90) < 1){
const err180 = {instancePath:instancePath+"/provision.document",schemaPath:"#/properties/provision.document/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.document"],data:data90};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/provision.document",schemaPath:"#/properties/provision.document/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.document"].type,parentSchema:schema20.properties["provision.document"],data:data90};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data["provision.documents"] !== undefined){
let data91 = data["provision.documents"];
if(typeof data91 === "string"){
if(func3(data91) < 1){
const err182 = {instancePath:instancePath+"/provision.documents",schemaPath:"#/properties/provision.documents/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.documents"],data:data91};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/provision.documents",schemaPath:"#/properties/provision.documents/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.documents"].type,parentSchema:schema20.properties["provision.documents"],data:data91};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data["provision.actions"] !== undefined){
let data92 = data["provision.actions"];
if(typeof data92 === "string"){
if(func3(data92) < 1){
const err184 = {instancePath:instancePath+"/provision.actions",schemaPath:"#/properties/provision.actions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.actions"],data:data92};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/provision.actions",schemaPath:"#/properties/provision.actions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.actions"].type,parentSchema:schema20.properties["provision.actions"],data:data92};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data["provision.since"] !== undefined){
let data93 = data["provision.since"];
if(typeof data93 === "string"){
if(func3(data93) < 1){
const err186 = {instancePath:instancePath+"/provision.since",schemaPath:"#/properties/provision.since/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.since"],data:data93};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/provision.since",schemaPath:"#/properties/provision.since/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.since"].type,parentSchema:schema20.properties["provision.since"],data:data93};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data["site.title"] !== undefined){
let data94 = data["site.title"];
if(typeof data94 === "string"){
if(func3(data94) < 1){
const err188 = {instancePath:instancePath+"/site.title",schemaPath:"#/properties/site.title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.title"],data:data94};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/site.title",schemaPath:"#/properties/site.title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.title"].type,parentSchema:schema20.properties["site.title"],data:data94};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data["site.homeLede"] !== undefined){
let data95 = data["site.homeLede"];
if(typeof data95 === "string"){
if(func3(data95) < 1){
const err190 = {instancePath:instancePath+"/site.homeLede",schemaPath:"#/properties/site.homeLede/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.homeLede"],data:data95};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/site.homeLede",schemaPath:"#/properties/site.homeLede/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.homeLede"].type,parentSchema:schema20.properties["site.homeLede"],data:data95};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data["site.skipLink"] !== undefined){
let data96 = data["site.skipLink"];
if(typeof data96 === "string"){
if(func3(data96) < 1){
const err192 = {instancePath:instancePath+"/site.skipLink",schemaPath:"#/properties/site.skipLink/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.skipLink"],data:data96};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/site.skipLink",schemaPath:"#/properties/site.skipLink/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.skipLink"].type,parentSchema:schema20.properties["site.skipLink"],data:data96};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data["site.allLandlords"] !== undefined){
let data97 = data["site.allLandlords"];
if(typeof data97 === "string"){
if(func3(data97) < 1){
const err194 = {instancePath:instancePath+"/site.allLandlords",schemaPath:"#/properties/site.allLandlords/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.allLandlords"],data:data97};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/site.allLandlords",schemaPath:"#/properties/site.allLandlords/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.allLandlords"].type,parentSchema:schema20.properties["site.allLandlords"],data:data97};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data["site.aboutPages"] !== undefined){
let data98 = data["site.aboutPages"];
if(typeof data98 === "string"){
if(func3(data98) < 1){
const err196 = {instancePath:instancePath+"/site.aboutPages",schemaPath:"#/properties/site.aboutPages/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.aboutPages"],data:data98};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/site.aboutPages",schemaPath:"#/properties/site.aboutPages/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.aboutPages"].type,parentSchema:schema20.properties["site.aboutPages"],data:data98};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data["site.footerAbout"] !== undefined){
let data99 = data["site.footerAbout"];
if(typeof data99 === "string"){
if(func3(data99) < 1){
const err198 = {instancePath:instancePath+"/site.footerAbout",schemaPath:"#/properties/site.footerAbout/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.footerAbout"],data:data99};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/site.footerAbout",schemaPath:"#/properties/site.footerAbout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.footerAbout"].type,parentSchema:schema20.properties["site.footerAbout"],data:data99};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data["site.footerOmbudsman"] !== undefined){
let data100 = data["site.footerOmbudsman"];
if(typeof data100 === "string"){
if(func3(data100) < 1){
const err200 = {instancePath:instancePath+"/site.footerOmbudsman",schemaPath:"#/properties/site.footerOmbudsman/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.footerOmbudsman"],data:data100};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/site.footerOmbudsman",schemaPath:"#/properties/site.footerOmbudsman/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.footerOmbudsman"].type,parentSchema:schema20.properties["site.footerOmbudsman"],data:data100};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data["site.publishedWith"] !== undefined){
let data101 = data["site.publishedWith"];
if(typeof data101 === "string"){
if(func3(data101) < 1){
const err202 = {instancePath:instancePath+"/site.publishedWith",schemaPath:"#/properties/site.publishedWith/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.publishedWith"],data:data101};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/site.publishedWith",schemaPath:"#/properties/site.publishedWith/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.publishedWith"].type,parentSchema:schema20.properties["site.publishedWith"],data:data101};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data["site.assessments"] !== undefined){
let data102 = data["site.assessments"];
if(typeof data102 === "string"){
if(func3(data102) < 1){
const err204 = {instancePath:instancePath+"/site.assessments",schemaPath:"#/properties/site.assessments/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.assessments"],data:data102};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
else {
const err205 = {instancePath:instancePath+"/site.assessments",schemaPath:"#/properties/site.assessments/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.assessments"].type,parentSchema:schema20.properties["site.assessments"],data:data102};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data["site.draft"] !== undefined){
let data103 = data["site.draft"];
if(typeof data103 === "string"){
if(func3(data103) < 1){
const err206 = {instancePath:instancePath+"/site.draft",schemaPath:"#/properties/site.draft/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.draft"],data:data103};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
else {
const err207 = {instancePath:instancePath+"/site.draft",schemaPath:"#/properties/site.draft/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.draft"].type,parentSchema:schema20.properties["site.draft"],data:data103};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data["site.periodLink"] !== undefined){
let data104 = data["site.periodLink"];
if(typeof data104 === "string"){
if(func3(data104) < 1){
const err208 = {instancePath:instancePath+"/site.periodLink",schemaPath:"#/properties/site.periodLink/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.periodLink"],data:data104};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/site.periodLink",schemaPath:"#/properties/site.periodLink/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.periodLink"].type,parentSchema:schema20.properties["site.periodLink"],data:data104};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data["site.periodCode"] !== undefined){
let data105 = data["site.periodCode"];
if(typeof data105 === "string"){
if(func3(data105) < 1){
const err210 = {instancePath:instancePath+"/site.periodCode",schemaPath:"#/properties/site.periodCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.periodCode"],data:data105};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/site.periodCode",schemaPath:"#/properties/site.periodCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.periodCode"].type,parentSchema:schema20.properties["site.periodCode"],data:data105};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data["site.approved"] !== undefined){
let data106 = data["site.approved"];
if(typeof data106 === "string"){
if(func3(data106) < 1){
const err212 = {instancePath:instancePath+"/site.approved",schemaPath:"#/properties/site.approved/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.approved"],data:data106};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/site.approved",schemaPath:"#/properties/site.approved/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.approved"].type,parentSchema:schema20.properties["site.approved"],data:data106};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data["site.notApproved"] !== undefined){
let data107 = data["site.notApproved"];
if(typeof data107 === "string"){
if(func3(data107) < 1){
const err214 = {instancePath:instancePath+"/site.notApproved",schemaPath:"#/properties/site.notApproved/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.notApproved"],data:data107};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/site.notApproved",schemaPath:"#/properties/site.notApproved/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.notApproved"].type,parentSchema:schema20.properties["site.notApproved"],data:data107};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data["site.actionPlanLink"] !== undefined){
let data108 = data["site.actionPlanLink"];
if(typeof data108 === "string"){
if(func3(data108) < 1){
const err216 = {instancePath:instancePath+"/site.actionPlanLink",schemaPath:"#/properties/site.actionPlanLink/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.actionPlanLink"],data:data108};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
else {
const err217 = {instancePath:instancePath+"/site.actionPlanLink",schemaPath:"#/properties/site.actionPlanLink/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.actionPlanLink"].type,parentSchema:schema20.properties["site.actionPlanLink"],data:data108};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data["site.periodCrumb"] !== undefined){
let data109 = data["site.periodCrumb"];
if(typeof data109 === "string"){
if(func3(data109) < 1){
const err218 = {instancePath:instancePath+"/site.periodCrumb",schemaPath:"#/properties/site.periodCrumb/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.periodCrumb"],data:data109};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
else {
const err219 = {instancePath:instancePath+"/site.periodCrumb",schemaPath:"#/properties/site.periodCrumb/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.periodCrumb"].type,parentSchema:schema20.properties["site.periodCrumb"],data:data109};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data["cover.code"] !== undefined){
let data110 = data["cover.code"];
if(typeof data110 === "string"){
if(func3(data110) < 1){
const err220 = {instancePath:instancePath+"/cover.code",schemaPath:"#/properties/cover.code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cover.code"],data:data110};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/cover.code",schemaPath:"#/properties/cover.code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cover.code"].type,parentSchema:schema20.properties["cover.code"],data:data110};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data["cover.assessedOn"] !== undefined){
let data111 = data["cover.assessedOn"];
if(typeof data111 === "string"){
if(func3(data111) < 1){
const err222 = {instancePath:instancePath+"/cover.assessedOn",schemaPath:"#/properties/cover.assessedOn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cover.assessedOn"],data:data111};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
else {
const err223 = {instancePath:instancePath+"/cover.assessedOn",schemaPath:"#/properties/cover.assessedOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cover.assessedOn"].type,parentSchema:schema20.properties["cover.assessedOn"],data:data111};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data["status.yes"] !== undefined){
let data112 = data["status.yes"];
if(typeof data112 === "string"){
if(func3(data112) < 1){
const err224 = {instancePath:instancePath+"/status.yes",schemaPath:"#/properties/status.yes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["status.yes"],data:data112};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
else {
const err225 = {instancePath:instancePath+"/status.yes",schemaPath:"#/properties/status.yes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["status.yes"].type,parentSchema:schema20.properties["status.yes"],data:data112};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data["status.partial"] !== undefined){
let data113 = data["status.partial"];
if(typeof data113 === "string"){
if(func3(data113) < 1){
const err226 = {instancePath:instancePath+"/status.partial",schemaPath:"#/properties/status.partial/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["status.partial"],data:data113};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/status.partial",schemaPath:"#/properties/status.partial/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["status.partial"].type,parentSchema:schema20.properties["status.partial"],data:data113};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data["status.no"] !== undefined){
let data114 = data["status.no"];
if(typeof data114 === "string"){
if(func3(data114) < 1){
const err228 = {instancePath:instancePath+"/status.no",schemaPath:"#/properties/status.no/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["status.no"],data:data114};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/status.no",schemaPath:"#/properties/status.no/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["status.no"].type,parentSchema:schema20.properties["status.no"],data:data114};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data["status.na"] !== undefined){
let data115 = data["status.na"];
if(typeof data115 === "string"){
if(func3(data115) < 1){
const err230 = {instancePath:instancePath+"/status.na",schemaPath:"#/properties/status.na/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["status.na"],data:data115};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
else {
const err231 = {instancePath:instancePath+"/status.na",schemaPath:"#/properties/status.na/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["status.na"].type,parentSchema:schema20.properties["status.na"],data:data115};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data["status.answered"] !== undefined){
let data116 = data["status.answered"];
if(typeof data116 === "string"){
if(func3(data116) < 1){
const err232 = {instancePath:instancePath+"/status.answered",schemaPath:"#/properties/status.answered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["status.answered"],data:data116};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
else {
const err233 = {instancePath:instancePath+"/status.answered",schemaPath:"#/properties/status.answered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["status.answered"].type,parentSchema:schema20.properties["status.answered"],data:data116};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data["status.unanswered"] !== undefined){
let data117 = data["status.unanswered"];
if(typeof data117 === "string"){
if(func3(data117) < 1){
const err234 = {instancePath:instancePath+"/status.unanswered",schemaPath:"#/properties/status.unanswered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["status.unanswered"],data:data117};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
else {
const err235 = {instancePath:instancePath+"/status.unanswered",schemaPath:"#/properties/status.unanswered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["status.unanswered"].type,parentSchema:schema20.properties["status.unanswered"],data:data117};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data["status.answeredLegend"] !== undefined){
let data118 = data["status.answeredLegend"];
if(typeof data118 === "string"){
if(func3(data118) < 1){
const err236 = {instancePath:instancePath+"/status.answeredLegend",schemaPath:"#/properties/status.answeredLegend/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["status.answeredLegend"],data:data118};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
else {
const err237 = {instancePath:instancePath+"/status.answeredLegend",schemaPath:"#/properties/status.answeredLegend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["status.answeredLegend"].type,parentSchema:schema20.properties["status.answeredLegend"],data:data118};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data["status.complies"] !== undefined){
let data119 = data["status.complies"];
if(typeof data119 === "string"){
if(func3(data119) < 1){
const err238 = {instancePath:instancePath+"/status.complies",schemaPath:"#/properties/status.complies/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["status.complies"],data:data119};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/status.complies",schemaPath:"#/properties/status.complies/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["status.complies"].type,parentSchema:schema20.properties["status.complies"],data:data119};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data["level.must"] !== undefined){
let data120 = data["level.must"];
if(typeof data120 === "string"){
if(func3(data120) < 1){
const err240 = {instancePath:instancePath+"/level.must",schemaPath:"#/properties/level.must/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["level.must"],data:data120};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
else {
const err241 = {instancePath:instancePath+"/level.must",schemaPath:"#/properties/level.must/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["level.must"].type,parentSchema:schema20.properties["level.must"],data:data120};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data["level.should"] !== undefined){
let data121 = data["level.should"];
if(typeof data121 === "string"){
if(func3(data121) < 1){
const err242 = {instancePath:instancePath+"/level.should",schemaPath:"#/properties/level.should/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["level.should"],data:data121};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/level.should",schemaPath:"#/properties/level.should/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["level.should"].type,parentSchema:schema20.properties["level.should"],data:data121};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data["table.must"] !== undefined){
let data122 = data["table.must"];
if(typeof data122 === "string"){
if(func3(data122) < 1){
const err244 = {instancePath:instancePath+"/table.must",schemaPath:"#/properties/table.must/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["table.must"],data:data122};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
else {
const err245 = {instancePath:instancePath+"/table.must",schemaPath:"#/properties/table.must/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["table.must"].type,parentSchema:schema20.properties["table.must"],data:data122};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data["table.should"] !== undefined){
let data123 = data["table.should"];
if(typeof data123 === "string"){
if(func3(data123) < 1){
const err246 = {instancePath:instancePath+"/table.should",schemaPath:"#/properties/table.should/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["table.should"],data:data123};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
else {
const err247 = {instancePath:instancePath+"/table.should",schemaPath:"#/properties/table.should/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["table.should"].type,parentSchema:schema20.properties["table.should"],data:data123};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data["provision.carriedNotReviewed"] !== undefined){
let data124 = data["provision.carriedNotReviewed"];
if(typeof data124 === "string"){
if(func3(data124) < 1){
const err248 = {instancePath:instancePath+"/provision.carriedNotReviewed",schemaPath:"#/properties/provision.carriedNotReviewed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["provision.carriedNotReviewed"],data:data124};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/provision.carriedNotReviewed",schemaPath:"#/properties/provision.carriedNotReviewed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["provision.carriedNotReviewed"].type,parentSchema:schema20.properties["provision.carriedNotReviewed"],data:data124};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data["action.toBeSet"] !== undefined){
let data125 = data["action.toBeSet"];
if(typeof data125 === "string"){
if(func3(data125) < 1){
const err250 = {instancePath:instancePath+"/action.toBeSet",schemaPath:"#/properties/action.toBeSet/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["action.toBeSet"],data:data125};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
else {
const err251 = {instancePath:instancePath+"/action.toBeSet",schemaPath:"#/properties/action.toBeSet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["action.toBeSet"].type,parentSchema:schema20.properties["action.toBeSet"],data:data125};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data["action.noDate"] !== undefined){
let data126 = data["action.noDate"];
if(typeof data126 === "string"){
if(func3(data126) < 1){
const err252 = {instancePath:instancePath+"/action.noDate",schemaPath:"#/properties/action.noDate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["action.noDate"],data:data126};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
else {
const err253 = {instancePath:instancePath+"/action.noDate",schemaPath:"#/properties/action.noDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["action.noDate"].type,parentSchema:schema20.properties["action.noDate"],data:data126};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data["action.overdue"] !== undefined){
let data127 = data["action.overdue"];
if(typeof data127 === "string"){
if(func3(data127) < 1){
const err254 = {instancePath:instancePath+"/action.overdue",schemaPath:"#/properties/action.overdue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["action.overdue"],data:data127};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/action.overdue",schemaPath:"#/properties/action.overdue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["action.overdue"].type,parentSchema:schema20.properties["action.overdue"],data:data127};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data["changes.count.improved"] !== undefined){
let data128 = data["changes.count.improved"];
if(typeof data128 === "string"){
if(func3(data128) < 1){
const err256 = {instancePath:instancePath+"/changes.count.improved",schemaPath:"#/properties/changes.count.improved/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.count.improved"],data:data128};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/changes.count.improved",schemaPath:"#/properties/changes.count.improved/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.count.improved"].type,parentSchema:schema20.properties["changes.count.improved"],data:data128};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data["changes.count.regressed"] !== undefined){
let data129 = data["changes.count.regressed"];
if(typeof data129 === "string"){
if(func3(data129) < 1){
const err258 = {instancePath:instancePath+"/changes.count.regressed",schemaPath:"#/properties/changes.count.regressed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.count.regressed"],data:data129};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
else {
const err259 = {instancePath:instancePath+"/changes.count.regressed",schemaPath:"#/properties/changes.count.regressed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.count.regressed"].type,parentSchema:schema20.properties["changes.count.regressed"],data:data129};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data["changes.count.unchanged"] !== undefined){
let data130 = data["changes.count.unchanged"];
if(typeof data130 === "string"){
if(func3(data130) < 1){
const err260 = {instancePath:instancePath+"/changes.count.unchanged",schemaPath:"#/properties/changes.count.unchanged/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.count.unchanged"],data:data130};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
else {
const err261 = {instancePath:instancePath+"/changes.count.unchanged",schemaPath:"#/properties/changes.count.unchanged/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.count.unchanged"].type,parentSchema:schema20.properties["changes.count.unchanged"],data:data130};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data["changes.count.unansweredBoth"] !== undefined){
let data131 = data["changes.count.unansweredBoth"];
if(typeof data131 === "string"){
if(func3(data131) < 1){
const err262 = {instancePath:instancePath+"/changes.count.unansweredBoth",schemaPath:"#/properties/changes.count.unansweredBoth/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.count.unansweredBoth"],data:data131};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/changes.count.unansweredBoth",schemaPath:"#/properties/changes.count.unansweredBoth/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.count.unansweredBoth"].type,parentSchema:schema20.properties["changes.count.unansweredBoth"],data:data131};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data["changes.count.newlyAnswered"] !== undefined){
let data132 = data["changes.count.newlyAnswered"];
if(typeof data132 === "string"){
if(func3(data132) < 1){
const err264 = {instancePath:instancePath+"/changes.count.newlyAnswered",schemaPath:"#/properties/changes.count.newlyAnswered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.count.newlyAnswered"],data:data132};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
else {
const err265 = {instancePath:instancePath+"/changes.count.newlyAnswered",schemaPath:"#/properties/changes.count.newlyAnswered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.count.newlyAnswered"].type,parentSchema:schema20.properties["changes.count.newlyAnswered"],data:data132};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data["changes.count.noLongerAnswered"] !== undefined){
let data133 = data["changes.count.noLongerAnswered"];
if(typeof data133 === "string"){
if(func3(data133) < 1){
const err266 = {instancePath:instancePath+"/changes.count.noLongerAnswered",schemaPath:"#/properties/changes.count.noLongerAnswered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.count.noLongerAnswered"],data:data133};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
else {
const err267 = {instancePath:instancePath+"/changes.count.noLongerAnswered",schemaPath:"#/properties/changes.count.noLongerAnswered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.count.noLongerAnswered"].type,parentSchema:schema20.properties["changes.count.noLongerAnswered"],data:data133};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data["changes.count.new"] !== undefined){
let data134 = data["changes.count.new"];
if(typeof data134 === "string"){
if(func3(data134) < 1){
const err268 = {instancePath:instancePath+"/changes.count.new",schemaPath:"#/properties/changes.count.new/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.count.new"],data:data134};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
else {
const err269 = {instancePath:instancePath+"/changes.count.new",schemaPath:"#/properties/changes.count.new/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.count.new"].type,parentSchema:schema20.properties["changes.count.new"],data:data134};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data["changes.count.overdueActions"] !== undefined){
let data135 = data["changes.count.overdueActions"];
if(typeof data135 === "string"){
if(func3(data135) < 1){
const err270 = {instancePath:instancePath+"/changes.count.overdueActions",schemaPath:"#/properties/changes.count.overdueActions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.count.overdueActions"],data:data135};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/changes.count.overdueActions",schemaPath:"#/properties/changes.count.overdueActions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.count.overdueActions"].type,parentSchema:schema20.properties["changes.count.overdueActions"],data:data135};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data["changes.group.regressed"] !== undefined){
let data136 = data["changes.group.regressed"];
if(typeof data136 === "string"){
if(func3(data136) < 1){
const err272 = {instancePath:instancePath+"/changes.group.regressed",schemaPath:"#/properties/changes.group.regressed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.group.regressed"],data:data136};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
else {
const err273 = {instancePath:instancePath+"/changes.group.regressed",schemaPath:"#/properties/changes.group.regressed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.group.regressed"].type,parentSchema:schema20.properties["changes.group.regressed"],data:data136};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data["changes.group.improved"] !== undefined){
let data137 = data["changes.group.improved"];
if(typeof data137 === "string"){
if(func3(data137) < 1){
const err274 = {instancePath:instancePath+"/changes.group.improved",schemaPath:"#/properties/changes.group.improved/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.group.improved"],data:data137};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
else {
const err275 = {instancePath:instancePath+"/changes.group.improved",schemaPath:"#/properties/changes.group.improved/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.group.improved"].type,parentSchema:schema20.properties["changes.group.improved"],data:data137};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data["changes.group.noLongerAnswered"] !== undefined){
let data138 = data["changes.group.noLongerAnswered"];
if(typeof data138 === "string"){
if(func3(data138) < 1){
const err276 = {instancePath:instancePath+"/changes.group.noLongerAnswered",schemaPath:"#/properties/changes.group.noLongerAnswered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.group.noLongerAnswered"],data:data138};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
else {
const err277 = {instancePath:instancePath+"/changes.group.noLongerAnswered",schemaPath:"#/properties/changes.group.noLongerAnswered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.group.noLongerAnswered"].type,parentSchema:schema20.properties["changes.group.noLongerAnswered"],data:data138};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data["changes.group.newlyAnswered"] !== undefined){
let data139 = data["changes.group.newlyAnswered"];
if(typeof data139 === "string"){
if(func3(data139) < 1){
const err278 = {instancePath:instancePath+"/changes.group.newlyAnswered",schemaPath:"#/properties/changes.group.newlyAnswered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.group.newlyAnswered"],data:data139};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
else {
const err279 = {instancePath:instancePath+"/changes.group.newlyAnswered",schemaPath:"#/properties/changes.group.newlyAnswered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.group.newlyAnswered"].type,parentSchema:schema20.properties["changes.group.newlyAnswered"],data:data139};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data["changes.group.newProvision"] !== undefined){
let data140 = data["changes.group.newProvision"];
if(typeof data140 === "string"){
if(func3(data140) < 1){
const err280 = {instancePath:instancePath+"/changes.group.newProvision",schemaPath:"#/properties/changes.group.newProvision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.group.newProvision"],data:data140};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/changes.group.newProvision",schemaPath:"#/properties/changes.group.newProvision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.group.newProvision"].type,parentSchema:schema20.properties["changes.group.newProvision"],data:data140};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data["changes.showNew"] !== undefined){
let data141 = data["changes.showNew"];
if(typeof data141 === "string"){
if(func3(data141) < 1){
const err282 = {instancePath:instancePath+"/changes.showNew",schemaPath:"#/properties/changes.showNew/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.showNew"],data:data141};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
else {
const err283 = {instancePath:instancePath+"/changes.showNew",schemaPath:"#/properties/changes.showNew/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.showNew"].type,parentSchema:schema20.properties["changes.showNew"],data:data141};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data["changes.landlord.heading"] !== undefined){
let data142 = data["changes.landlord.heading"];
if(typeof data142 === "string"){
if(func3(data142) < 1){
const err284 = {instancePath:instancePath+"/changes.landlord.heading",schemaPath:"#/properties/changes.landlord.heading/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.landlord.heading"],data:data142};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
else {
const err285 = {instancePath:instancePath+"/changes.landlord.heading",schemaPath:"#/properties/changes.landlord.heading/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.landlord.heading"].type,parentSchema:schema20.properties["changes.landlord.heading"],data:data142};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data["changes.landlord.line"] !== undefined){
let data143 = data["changes.landlord.line"];
if(typeof data143 === "string"){
if(func3(data143) < 1){
const err286 = {instancePath:instancePath+"/changes.landlord.line",schemaPath:"#/properties/changes.landlord.line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.landlord.line"],data:data143};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
else {
const err287 = {instancePath:instancePath+"/changes.landlord.line",schemaPath:"#/properties/changes.landlord.line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.landlord.line"].type,parentSchema:schema20.properties["changes.landlord.line"],data:data143};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data["changes.landlord.name"] !== undefined){
let data144 = data["changes.landlord.name"];
if(typeof data144 === "string"){
if(func3(data144) < 1){
const err288 = {instancePath:instancePath+"/changes.landlord.name",schemaPath:"#/properties/changes.landlord.name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.landlord.name"],data:data144};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
else {
const err289 = {instancePath:instancePath+"/changes.landlord.name",schemaPath:"#/properties/changes.landlord.name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.landlord.name"].type,parentSchema:schema20.properties["changes.landlord.name"],data:data144};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data["changes.landlord.governingBody"] !== undefined){
let data145 = data["changes.landlord.governingBody"];
if(typeof data145 === "string"){
if(func3(data145) < 1){
const err290 = {instancePath:instancePath+"/changes.landlord.governingBody",schemaPath:"#/properties/changes.landlord.governingBody/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.landlord.governingBody"],data:data145};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
else {
const err291 = {instancePath:instancePath+"/changes.landlord.governingBody",schemaPath:"#/properties/changes.landlord.governingBody/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.landlord.governingBody"].type,parentSchema:schema20.properties["changes.landlord.governingBody"],data:data145};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data["changes.landlord.approvalBody"] !== undefined){
let data146 = data["changes.landlord.approvalBody"];
if(typeof data146 === "string"){
if(func3(data146) < 1){
const err292 = {instancePath:instancePath+"/changes.landlord.approvalBody",schemaPath:"#/properties/changes.landlord.approvalBody/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.landlord.approvalBody"],data:data146};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
else {
const err293 = {instancePath:instancePath+"/changes.landlord.approvalBody",schemaPath:"#/properties/changes.landlord.approvalBody/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.landlord.approvalBody"].type,parentSchema:schema20.properties["changes.landlord.approvalBody"],data:data146};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data["changes.landlord.covers"] !== undefined){
let data147 = data["changes.landlord.covers"];
if(typeof data147 === "string"){
if(func3(data147) < 1){
const err294 = {instancePath:instancePath+"/changes.landlord.covers",schemaPath:"#/properties/changes.landlord.covers/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.landlord.covers"],data:data147};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/changes.landlord.covers",schemaPath:"#/properties/changes.landlord.covers/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.landlord.covers"].type,parentSchema:schema20.properties["changes.landlord.covers"],data:data147};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data["changes.landlord.groupMembers"] !== undefined){
let data148 = data["changes.landlord.groupMembers"];
if(typeof data148 === "string"){
if(func3(data148) < 1){
const err296 = {instancePath:instancePath+"/changes.landlord.groupMembers",schemaPath:"#/properties/changes.landlord.groupMembers/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.landlord.groupMembers"],data:data148};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
else {
const err297 = {instancePath:instancePath+"/changes.landlord.groupMembers",schemaPath:"#/properties/changes.landlord.groupMembers/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.landlord.groupMembers"].type,parentSchema:schema20.properties["changes.landlord.groupMembers"],data:data148};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data["changes.dropped.heading"] !== undefined){
let data149 = data["changes.dropped.heading"];
if(typeof data149 === "string"){
if(func3(data149) < 1){
const err298 = {instancePath:instancePath+"/changes.dropped.heading",schemaPath:"#/properties/changes.dropped.heading/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.dropped.heading"],data:data149};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
else {
const err299 = {instancePath:instancePath+"/changes.dropped.heading",schemaPath:"#/properties/changes.dropped.heading/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.dropped.heading"].type,parentSchema:schema20.properties["changes.dropped.heading"],data:data149};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data["changes.dropped.intro"] !== undefined){
let data150 = data["changes.dropped.intro"];
if(typeof data150 === "string"){
if(func3(data150) < 1){
const err300 = {instancePath:instancePath+"/changes.dropped.intro",schemaPath:"#/properties/changes.dropped.intro/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.dropped.intro"],data:data150};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
else {
const err301 = {instancePath:instancePath+"/changes.dropped.intro",schemaPath:"#/properties/changes.dropped.intro/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.dropped.intro"].type,parentSchema:schema20.properties["changes.dropped.intro"],data:data150};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
if(data["changes.dropped.show"] !== undefined){
let data151 = data["changes.dropped.show"];
if(typeof data151 === "string"){
if(func3(data151) < 1){
const err302 = {instancePath:instancePath+"/changes.dropped.show",schemaPath:"#/properties/changes.dropped.show/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.dropped.show"],data:data151};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
else {
const err303 = {instancePath:instancePath+"/changes.dropped.show",schemaPath:"#/properties/changes.dropped.show/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.dropped.show"].type,parentSchema:schema20.properties["changes.dropped.show"],data:data151};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data["changes.dropped.line"] !== undefined){
let data152 = data["changes.dropped.line"];
if(typeof data152 === "string"){
if(func3(data152) < 1){
const err304 = {instancePath:instancePath+"/changes.dropped.line",schemaPath:"#/properties/changes.dropped.line/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.dropped.line"],data:data152};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
else {
const err305 = {instancePath:instancePath+"/changes.dropped.line",schemaPath:"#/properties/changes.dropped.line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.dropped.line"].type,parentSchema:schema20.properties["changes.dropped.line"],data:data152};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data["changes.code.heading"] !== undefined){
let data153 = data["changes.code.heading"];
if(typeof data153 === "string"){
if(func3(data153) < 1){
const err306 = {instancePath:instancePath+"/changes.code.heading",schemaPath:"#/properties/changes.code.heading/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.code.heading"],data:data153};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
else {
const err307 = {instancePath:instancePath+"/changes.code.heading",schemaPath:"#/properties/changes.code.heading/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.code.heading"].type,parentSchema:schema20.properties["changes.code.heading"],data:data153};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data["changes.code.show"] !== undefined){
let data154 = data["changes.code.show"];
if(typeof data154 === "string"){
if(func3(data154) < 1){
const err308 = {instancePath:instancePath+"/changes.code.show",schemaPath:"#/properties/changes.code.show/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.code.show"],data:data154};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
else {
const err309 = {instancePath:instancePath+"/changes.code.show",schemaPath:"#/properties/changes.code.show/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.code.show"].type,parentSchema:schema20.properties["changes.code.show"],data:data154};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data["changes.code.steps"] !== undefined){
let data155 = data["changes.code.steps"];
if(typeof data155 === "string"){
if(func3(data155) < 1){
const err310 = {instancePath:instancePath+"/changes.code.steps",schemaPath:"#/properties/changes.code.steps/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.code.steps"],data:data155};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
else {
const err311 = {instancePath:instancePath+"/changes.code.steps",schemaPath:"#/properties/changes.code.steps/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.code.steps"].type,parentSchema:schema20.properties["changes.code.steps"],data:data155};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data["changes.code.step"] !== undefined){
let data156 = data["changes.code.step"];
if(typeof data156 === "string"){
if(func3(data156) < 1){
const err312 = {instancePath:instancePath+"/changes.code.step",schemaPath:"#/properties/changes.code.step/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.code.step"],data:data156};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/changes.code.step",schemaPath:"#/properties/changes.code.step/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.code.step"].type,parentSchema:schema20.properties["changes.code.step"],data:data156};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(data["changes.code.added"] !== undefined){
let data157 = data["changes.code.added"];
if(typeof data157 === "string"){
if(func3(data157) < 1){
const err314 = {instancePath:instancePath+"/changes.code.added",schemaPath:"#/properties/changes.code.added/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.code.added"],data:data157};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
else {
const err315 = {instancePath:instancePath+"/changes.code.added",schemaPath:"#/properties/changes.code.added/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.code.added"].type,parentSchema:schema20.properties["changes.code.added"],data:data157};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
if(data["changes.code.removed"] !== undefined){
let data158 = data["changes.code.removed"];
if(typeof data158 === "string"){
if(func3(data158) < 1){
const err316 = {instancePath:instancePath+"/changes.code.removed",schemaPath:"#/properties/changes.code.removed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.code.removed"],data:data158};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
else {
const err317 = {instancePath:instancePath+"/changes.code.removed",schemaPath:"#/properties/changes.code.removed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.code.removed"].type,parentSchema:schema20.properties["changes.code.removed"],data:data158};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data["changes.code.became"] !== undefined){
let data159 = data["changes.code.became"];
if(typeof data159 === "string"){
if(func3(data159) < 1){
const err318 = {instancePath:instancePath+"/changes.code.became",schemaPath:"#/properties/changes.code.became/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["changes.code.became"],data:data159};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
else {
const err319 = {instancePath:instancePath+"/changes.code.became",schemaPath:"#/properties/changes.code.became/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["changes.code.became"].type,parentSchema:schema20.properties["changes.code.became"],data:data159};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data["change.was"] !== undefined){
let data160 = data["change.was"];
if(typeof data160 === "string"){
if(func3(data160) < 1){
const err320 = {instancePath:instancePath+"/change.was",schemaPath:"#/properties/change.was/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.was"],data:data160};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
else {
const err321 = {instancePath:instancePath+"/change.was",schemaPath:"#/properties/change.was/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.was"].type,parentSchema:schema20.properties["change.was"],data:data160};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data["change.newProvision"] !== undefined){
let data161 = data["change.newProvision"];
if(typeof data161 === "string"){
if(func3(data161) < 1){
const err322 = {instancePath:instancePath+"/change.newProvision",schemaPath:"#/properties/change.newProvision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.newProvision"],data:data161};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
else {
const err323 = {instancePath:instancePath+"/change.newProvision",schemaPath:"#/properties/change.newProvision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.newProvision"].type,parentSchema:schema20.properties["change.newProvision"],data:data161};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data["change.unansweredBoth"] !== undefined){
let data162 = data["change.unansweredBoth"];
if(typeof data162 === "string"){
if(func3(data162) < 1){
const err324 = {instancePath:instancePath+"/change.unansweredBoth",schemaPath:"#/properties/change.unansweredBoth/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.unansweredBoth"],data:data162};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
else {
const err325 = {instancePath:instancePath+"/change.unansweredBoth",schemaPath:"#/properties/change.unansweredBoth/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.unansweredBoth"].type,parentSchema:schema20.properties["change.unansweredBoth"],data:data162};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
if(data["change.same"] !== undefined){
let data163 = data["change.same"];
if(typeof data163 === "string"){
if(func3(data163) < 1){
const err326 = {instancePath:instancePath+"/change.same",schemaPath:"#/properties/change.same/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.same"],data:data163};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
else {
const err327 = {instancePath:instancePath+"/change.same",schemaPath:"#/properties/change.same/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.same"].type,parentSchema:schema20.properties["change.same"],data:data163};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
if(data["change.improved"] !== undefined){
let data164 = data["change.improved"];
if(typeof data164 === "string"){
if(func3(data164) < 1){
const err328 = {instancePath:instancePath+"/change.improved",schemaPath:"#/properties/change.improved/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.improved"],data:data164};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
else {
const err329 = {instancePath:instancePath+"/change.improved",schemaPath:"#/properties/change.improved/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.improved"].type,parentSchema:schema20.properties["change.improved"],data:data164};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data["change.regressed"] !== undefined){
let data165 = data["change.regressed"];
if(typeof data165 === "string"){
if(func3(data165) < 1){
const err330 = {instancePath:instancePath+"/change.regressed",schemaPath:"#/properties/change.regressed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.regressed"],data:data165};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
else {
const err331 = {instancePath:instancePath+"/change.regressed",schemaPath:"#/properties/change.regressed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.regressed"].type,parentSchema:schema20.properties["change.regressed"],data:data165};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data["change.firstAnswered"] !== undefined){
let data166 = data["change.firstAnswered"];
if(typeof data166 === "string"){
if(func3(data166) < 1){
const err332 = {instancePath:instancePath+"/change.firstAnswered",schemaPath:"#/properties/change.firstAnswered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.firstAnswered"],data:data166};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
else {
const err333 = {instancePath:instancePath+"/change.firstAnswered",schemaPath:"#/properties/change.firstAnswered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.firstAnswered"].type,parentSchema:schema20.properties["change.firstAnswered"],data:data166};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
if(data["change.firstAssessedNa"] !== undefined){
let data167 = data["change.firstAssessedNa"];
if(typeof data167 === "string"){
if(func3(data167) < 1){
const err334 = {instancePath:instancePath+"/change.firstAssessedNa",schemaPath:"#/properties/change.firstAssessedNa/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.firstAssessedNa"],data:data167};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
else {
const err335 = {instancePath:instancePath+"/change.firstAssessedNa",schemaPath:"#/properties/change.firstAssessedNa/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.firstAssessedNa"].type,parentSchema:schema20.properties["change.firstAssessedNa"],data:data167};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
if(data["change.firstAssessedFigure"] !== undefined){
let data168 = data["change.firstAssessedFigure"];
if(typeof data168 === "string"){
if(func3(data168) < 1){
const err336 = {instancePath:instancePath+"/change.firstAssessedFigure",schemaPath:"#/properties/change.firstAssessedFigure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.firstAssessedFigure"],data:data168};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
else {
const err337 = {instancePath:instancePath+"/change.firstAssessedFigure",schemaPath:"#/properties/change.firstAssessedFigure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.firstAssessedFigure"].type,parentSchema:schema20.properties["change.firstAssessedFigure"],data:data168};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(data["change.noLongerUnanswered"] !== undefined){
let data169 = data["change.noLongerUnanswered"];
if(typeof data169 === "string"){
if(func3(data169) < 1){
const err338 = {instancePath:instancePath+"/change.noLongerUnanswered",schemaPath:"#/properties/change.noLongerUnanswered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.noLongerUnanswered"],data:data169};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
else {
const err339 = {instancePath:instancePath+"/change.noLongerUnanswered",schemaPath:"#/properties/change.noLongerUnanswered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.noLongerUnanswered"].type,parentSchema:schema20.properties["change.noLongerUnanswered"],data:data169};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data["change.noLongerNa"] !== undefined){
let data170 = data["change.noLongerNa"];
if(typeof data170 === "string"){
if(func3(data170) < 1){
const err340 = {instancePath:instancePath+"/change.noLongerNa",schemaPath:"#/properties/change.noLongerNa/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.noLongerNa"],data:data170};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
else {
const err341 = {instancePath:instancePath+"/change.noLongerNa",schemaPath:"#/properties/change.noLongerNa/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.noLongerNa"].type,parentSchema:schema20.properties["change.noLongerNa"],data:data170};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data["change.noLongerOther"] !== undefined){
let data171 = data["change.noLongerOther"];
if(typeof data171 === "string"){
if(func3(data171) < 1){
const err342 = {instancePath:instancePath+"/change.noLongerOther",schemaPath:"#/properties/change.noLongerOther/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["change.noLongerOther"],data:data171};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/change.noLongerOther",schemaPath:"#/properties/change.noLongerOther/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["change.noLongerOther"].type,parentSchema:schema20.properties["change.noLongerOther"],data:data171};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data["atAGlance.summary"] !== undefined){
let data172 = data["atAGlance.summary"];
if(typeof data172 === "string"){
if(func3(data172) < 1){
const err344 = {instancePath:instancePath+"/atAGlance.summary",schemaPath:"#/properties/atAGlance.summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.summary"],data:data172};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
else {
const err345 = {instancePath:instancePath+"/atAGlance.summary",schemaPath:"#/properties/atAGlance.summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.summary"].type,parentSchema:schema20.properties["atAGlance.summary"],data:data172};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(data["atAGlance.countsNone"] !== undefined){
let data173 = data["atAGlance.countsNone"];
if(typeof data173 === "string"){
if(func3(data173) < 1){
const err346 = {instancePath:instancePath+"/atAGlance.countsNone",schemaPath:"#/properties/atAGlance.countsNone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.countsNone"],data:data173};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
else {
const err347 = {instancePath:instancePath+"/atAGlance.countsNone",schemaPath:"#/properties/atAGlance.countsNone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.countsNone"].type,parentSchema:schema20.properties["atAGlance.countsNone"],data:data173};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data["atAGlance.column.section"] !== undefined){
let data174 = data["atAGlance.column.section"];
if(typeof data174 === "string"){
if(func3(data174) < 1){
const err348 = {instancePath:instancePath+"/atAGlance.column.section",schemaPath:"#/properties/atAGlance.column.section/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.column.section"],data:data174};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
else {
const err349 = {instancePath:instancePath+"/atAGlance.column.section",schemaPath:"#/properties/atAGlance.column.section/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.column.section"].type,parentSchema:schema20.properties["atAGlance.column.section"],data:data174};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
if(data["atAGlance.column.total"] !== undefined){
let data175 = data["atAGlance.column.total"];
if(typeof data175 === "string"){
if(func3(data175) < 1){
const err350 = {instancePath:instancePath+"/atAGlance.column.total",schemaPath:"#/properties/atAGlance.column.total/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.column.total"],data:data175};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
else {
const err351 = {instancePath:instancePath+"/atAGlance.column.total",schemaPath:"#/properties/atAGlance.column.total/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.column.total"].type,parentSchema:schema20.properties["atAGlance.column.total"],data:data175};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
if(data["atAGlance.allShort"] !== undefined){
let data176 = data["atAGlance.allShort"];
if(typeof data176 === "string"){
if(func3(data176) < 1){
const err352 = {instancePath:instancePath+"/atAGlance.allShort",schemaPath:"#/properties/atAGlance.allShort/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.allShort"],data:data176};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
else {
const err353 = {instancePath:instancePath+"/atAGlance.allShort",schemaPath:"#/properties/atAGlance.allShort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.allShort"].type,parentSchema:schema20.properties["atAGlance.allShort"],data:data176};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data["atAGlance.short.na"] !== undefined){
let data177 = data["atAGlance.short.na"];
if(typeof data177 === "string"){
if(func3(data177) < 1){
const err354 = {instancePath:instancePath+"/atAGlance.short.na",schemaPath:"#/properties/atAGlance.short.na/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.short.na"],data:data177};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
else {
const err355 = {instancePath:instancePath+"/atAGlance.short.na",schemaPath:"#/properties/atAGlance.short.na/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.short.na"].type,parentSchema:schema20.properties["atAGlance.short.na"],data:data177};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data["atAGlance.short.answered"] !== undefined){
let data178 = data["atAGlance.short.answered"];
if(typeof data178 === "string"){
if(func3(data178) < 1){
const err356 = {instancePath:instancePath+"/atAGlance.short.answered",schemaPath:"#/properties/atAGlance.short.answered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.short.answered"],data:data178};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
else {
const err357 = {instancePath:instancePath+"/atAGlance.short.answered",schemaPath:"#/properties/atAGlance.short.answered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.short.answered"].type,parentSchema:schema20.properties["atAGlance.short.answered"],data:data178};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
if(data["atAGlance.short.unanswered"] !== undefined){
let data179 = data["atAGlance.short.unanswered"];
if(typeof data179 === "string"){
if(func3(data179) < 1){
const err358 = {instancePath:instancePath+"/atAGlance.short.unanswered",schemaPath:"#/properties/atAGlance.short.unanswered/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.short.unanswered"],data:data179};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
else {
const err359 = {instancePath:instancePath+"/atAGlance.short.unanswered",schemaPath:"#/properties/atAGlance.short.unanswered/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.short.unanswered"].type,parentSchema:schema20.properties["atAGlance.short.unanswered"],data:data179};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data["atAGlance.keyItem"] !== undefined){
let data180 = data["atAGlance.keyItem"];
if(typeof data180 === "string"){
if(func3(data180) < 1){
const err360 = {instancePath:instancePath+"/atAGlance.keyItem",schemaPath:"#/properties/atAGlance.keyItem/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.keyItem"],data:data180};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
else {
const err361 = {instancePath:instancePath+"/atAGlance.keyItem",schemaPath:"#/properties/atAGlance.keyItem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.keyItem"].type,parentSchema:schema20.properties["atAGlance.keyItem"],data:data180};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
if(data["section.name"] !== undefined){
let data181 = data["section.name"];
if(typeof data181 === "string"){
if(func3(data181) < 1){
const err362 = {instancePath:instancePath+"/section.name",schemaPath:"#/properties/section.name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["section.name"],data:data181};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
else {
const err363 = {instancePath:instancePath+"/section.name",schemaPath:"#/properties/section.name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["section.name"].type,parentSchema:schema20.properties["section.name"],data:data181};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data["documents.internalPublic"] !== undefined){
let data182 = data["documents.internalPublic"];
if(typeof data182 === "string"){
if(func3(data182) < 1){
const err364 = {instancePath:instancePath+"/documents.internalPublic",schemaPath:"#/properties/documents.internalPublic/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["documents.internalPublic"],data:data182};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
else {
const err365 = {instancePath:instancePath+"/documents.internalPublic",schemaPath:"#/properties/documents.internalPublic/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["documents.internalPublic"].type,parentSchema:schema20.properties["documents.internalPublic"],data:data182};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data["documents.internalMark"] !== undefined){
let data183 = data["documents.internalMark"];
if(typeof data183 === "string"){
if(func3(data183) < 1){
const err366 = {instancePath:instancePath+"/documents.internalMark",schemaPath:"#/properties/documents.internalMark/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["documents.internalMark"],data:data183};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
else {
const err367 = {instancePath:instancePath+"/documents.internalMark",schemaPath:"#/properties/documents.internalMark/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["documents.internalMark"].type,parentSchema:schema20.properties["documents.internalMark"],data:data183};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data["documents.file"] !== undefined){
let data184 = data["documents.file"];
if(typeof data184 === "string"){
if(func3(data184) < 1){
const err368 = {instancePath:instancePath+"/documents.file",schemaPath:"#/properties/documents.file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["documents.file"],data:data184};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
else {
const err369 = {instancePath:instancePath+"/documents.file",schemaPath:"#/properties/documents.file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["documents.file"].type,parentSchema:schema20.properties["documents.file"],data:data184};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data["documents.hidden"] !== undefined){
let data185 = data["documents.hidden"];
if(typeof data185 === "string"){
if(func3(data185) < 1){
const err370 = {instancePath:instancePath+"/documents.hidden",schemaPath:"#/properties/documents.hidden/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["documents.hidden"],data:data185};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
else {
const err371 = {instancePath:instancePath+"/documents.hidden",schemaPath:"#/properties/documents.hidden/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["documents.hidden"].type,parentSchema:schema20.properties["documents.hidden"],data:data185};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
if(data["complain.unhappy"] !== undefined){
let data186 = data["complain.unhappy"];
if(typeof data186 === "string"){
if(func3(data186) < 1){
const err372 = {instancePath:instancePath+"/complain.unhappy",schemaPath:"#/properties/complain.unhappy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["complain.unhappy"],data:data186};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
else {
const err373 = {instancePath:instancePath+"/complain.unhappy",schemaPath:"#/properties/complain.unhappy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["complain.unhappy"].type,parentSchema:schema20.properties["complain.unhappy"],data:data186};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
if(data["complain.linkPage"] !== undefined){
let data187 = data["complain.linkPage"];
if(typeof data187 === "string"){
if(func3(data187) < 1){
const err374 = {instancePath:instancePath+"/complain.linkPage",schemaPath:"#/properties/complain.linkPage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["complain.linkPage"],data:data187};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
else {
const err375 = {instancePath:instancePath+"/complain.linkPage",schemaPath:"#/properties/complain.linkPage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["complain.linkPage"].type,parentSchema:schema20.properties["complain.linkPage"],data:data187};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data["complain.linkWebsite"] !== undefined){
let data188 = data["complain.linkWebsite"];
if(typeof data188 === "string"){
if(func3(data188) < 1){
const err376 = {instancePath:instancePath+"/complain.linkWebsite",schemaPath:"#/properties/complain.linkWebsite/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["complain.linkWebsite"],data:data188};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
else {
const err377 = {instancePath:instancePath+"/complain.linkWebsite",schemaPath:"#/properties/complain.linkWebsite/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["complain.linkWebsite"].type,parentSchema:schema20.properties["complain.linkWebsite"],data:data188};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data["complain.ombudsman"] !== undefined){
let data189 = data["complain.ombudsman"];
if(typeof data189 === "string"){
if(func3(data189) < 1){
const err378 = {instancePath:instancePath+"/complain.ombudsman",schemaPath:"#/properties/complain.ombudsman/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["complain.ombudsman"],data:data189};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
else {
const err379 = {instancePath:instancePath+"/complain.ombudsman",schemaPath:"#/properties/complain.ombudsman/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["complain.ombudsman"].type,parentSchema:schema20.properties["complain.ombudsman"],data:data189};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data["complain.ombudsmanName"] !== undefined){
let data190 = data["complain.ombudsmanName"];
if(typeof data190 === "string"){
if(func3(data190) < 1){
const err380 = {instancePath:instancePath+"/complain.ombudsmanName",schemaPath:"#/properties/complain.ombudsmanName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["complain.ombudsmanName"],data:data190};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
else {
const err381 = {instancePath:instancePath+"/complain.ombudsmanName",schemaPath:"#/properties/complain.ombudsmanName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["complain.ombudsmanName"].type,parentSchema:schema20.properties["complain.ombudsmanName"],data:data190};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data["site.complainingTo"] !== undefined){
let data191 = data["site.complainingTo"];
if(typeof data191 === "string"){
if(func3(data191) < 1){
const err382 = {instancePath:instancePath+"/site.complainingTo",schemaPath:"#/properties/site.complainingTo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.complainingTo"],data:data191};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
else {
const err383 = {instancePath:instancePath+"/site.complainingTo",schemaPath:"#/properties/site.complainingTo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.complainingTo"].type,parentSchema:schema20.properties["site.complainingTo"],data:data191};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data["site.draftTitle"] !== undefined){
let data192 = data["site.draftTitle"];
if(typeof data192 === "string"){
if(func3(data192) < 1){
const err384 = {instancePath:instancePath+"/site.draftTitle",schemaPath:"#/properties/site.draftTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.draftTitle"],data:data192};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
else {
const err385 = {instancePath:instancePath+"/site.draftTitle",schemaPath:"#/properties/site.draftTitle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.draftTitle"].type,parentSchema:schema20.properties["site.draftTitle"],data:data192};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
if(data["site.actionPlanTitle"] !== undefined){
let data193 = data["site.actionPlanTitle"];
if(typeof data193 === "string"){
if(func3(data193) < 1){
const err386 = {instancePath:instancePath+"/site.actionPlanTitle",schemaPath:"#/properties/site.actionPlanTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.actionPlanTitle"],data:data193};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
else {
const err387 = {instancePath:instancePath+"/site.actionPlanTitle",schemaPath:"#/properties/site.actionPlanTitle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.actionPlanTitle"].type,parentSchema:schema20.properties["site.actionPlanTitle"],data:data193};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data["site.actionPlanDescription"] !== undefined){
let data194 = data["site.actionPlanDescription"];
if(typeof data194 === "string"){
if(func3(data194) < 1){
const err388 = {instancePath:instancePath+"/site.actionPlanDescription",schemaPath:"#/properties/site.actionPlanDescription/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.actionPlanDescription"],data:data194};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
else {
const err389 = {instancePath:instancePath+"/site.actionPlanDescription",schemaPath:"#/properties/site.actionPlanDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.actionPlanDescription"].type,parentSchema:schema20.properties["site.actionPlanDescription"],data:data194};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data["site.actionPlanLede"] !== undefined){
let data195 = data["site.actionPlanLede"];
if(typeof data195 === "string"){
if(func3(data195) < 1){
const err390 = {instancePath:instancePath+"/site.actionPlanLede",schemaPath:"#/properties/site.actionPlanLede/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.actionPlanLede"],data:data195};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
else {
const err391 = {instancePath:instancePath+"/site.actionPlanLede",schemaPath:"#/properties/site.actionPlanLede/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.actionPlanLede"].type,parentSchema:schema20.properties["site.actionPlanLede"],data:data195};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
if(data["site.actionPlanLedeLink"] !== undefined){
let data196 = data["site.actionPlanLedeLink"];
if(typeof data196 === "string"){
if(func3(data196) < 1){
const err392 = {instancePath:instancePath+"/site.actionPlanLedeLink",schemaPath:"#/properties/site.actionPlanLedeLink/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.actionPlanLedeLink"],data:data196};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
else {
const err393 = {instancePath:instancePath+"/site.actionPlanLedeLink",schemaPath:"#/properties/site.actionPlanLedeLink/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.actionPlanLedeLink"].type,parentSchema:schema20.properties["site.actionPlanLedeLink"],data:data196};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data["site.homeDescription"] !== undefined){
let data197 = data["site.homeDescription"];
if(typeof data197 === "string"){
if(func3(data197) < 1){
const err394 = {instancePath:instancePath+"/site.homeDescription",schemaPath:"#/properties/site.homeDescription/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.homeDescription"],data:data197};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
else {
const err395 = {instancePath:instancePath+"/site.homeDescription",schemaPath:"#/properties/site.homeDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.homeDescription"].type,parentSchema:schema20.properties["site.homeDescription"],data:data197};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
if(data["site.howToRead"] !== undefined){
let data198 = data["site.howToRead"];
if(typeof data198 === "string"){
if(func3(data198) < 1){
const err396 = {instancePath:instancePath+"/site.howToRead",schemaPath:"#/properties/site.howToRead/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.howToRead"],data:data198};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
else {
const err397 = {instancePath:instancePath+"/site.howToRead",schemaPath:"#/properties/site.howToRead/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.howToRead"].type,parentSchema:schema20.properties["site.howToRead"],data:data198};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
if(data["site.landlords"] !== undefined){
let data199 = data["site.landlords"];
if(typeof data199 === "string"){
if(func3(data199) < 1){
const err398 = {instancePath:instancePath+"/site.landlords",schemaPath:"#/properties/site.landlords/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.landlords"],data:data199};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
else {
const err399 = {instancePath:instancePath+"/site.landlords",schemaPath:"#/properties/site.landlords/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.landlords"].type,parentSchema:schema20.properties["site.landlords"],data:data199};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data["site.noneYet"] !== undefined){
let data200 = data["site.noneYet"];
if(typeof data200 === "string"){
if(func3(data200) < 1){
const err400 = {instancePath:instancePath+"/site.noneYet",schemaPath:"#/properties/site.noneYet/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.noneYet"],data:data200};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
else {
const err401 = {instancePath:instancePath+"/site.noneYet",schemaPath:"#/properties/site.noneYet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.noneYet"].type,parentSchema:schema20.properties["site.noneYet"],data:data200};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
if(data["site.latest"] !== undefined){
let data201 = data["site.latest"];
if(typeof data201 === "string"){
if(func3(data201) < 1){
const err402 = {instancePath:instancePath+"/site.latest",schemaPath:"#/properties/site.latest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.latest"],data:data201};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
else {
const err403 = {instancePath:instancePath+"/site.latest",schemaPath:"#/properties/site.latest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.latest"].type,parentSchema:schema20.properties["site.latest"],data:data201};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data["site.assessmentCount"] !== undefined){
let data202 = data["site.assessmentCount"];
if(typeof data202 === "string"){
if(func3(data202) < 1){
const err404 = {instancePath:instancePath+"/site.assessmentCount",schemaPath:"#/properties/site.assessmentCount/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.assessmentCount"],data:data202};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
else {
const err405 = {instancePath:instancePath+"/site.assessmentCount",schemaPath:"#/properties/site.assessmentCount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.assessmentCount"].type,parentSchema:schema20.properties["site.assessmentCount"],data:data202};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
if(data["site.documentTitle"] !== undefined){
let data203 = data["site.documentTitle"];
if(typeof data203 === "string"){
if(func3(data203) < 1){
const err406 = {instancePath:instancePath+"/site.documentTitle",schemaPath:"#/properties/site.documentTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.documentTitle"],data:data203};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
else {
const err407 = {instancePath:instancePath+"/site.documentTitle",schemaPath:"#/properties/site.documentTitle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.documentTitle"].type,parentSchema:schema20.properties["site.documentTitle"],data:data203};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data["site.documentDescription"] !== undefined){
let data204 = data["site.documentDescription"];
if(typeof data204 === "string"){
if(func3(data204) < 1){
const err408 = {instancePath:instancePath+"/site.documentDescription",schemaPath:"#/properties/site.documentDescription/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.documentDescription"],data:data204};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
else {
const err409 = {instancePath:instancePath+"/site.documentDescription",schemaPath:"#/properties/site.documentDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.documentDescription"].type,parentSchema:schema20.properties["site.documentDescription"],data:data204};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data["site.documentLede"] !== undefined){
let data205 = data["site.documentLede"];
if(typeof data205 === "string"){
if(func3(data205) < 1){
const err410 = {instancePath:instancePath+"/site.documentLede",schemaPath:"#/properties/site.documentLede/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.documentLede"],data:data205};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
else {
const err411 = {instancePath:instancePath+"/site.documentLede",schemaPath:"#/properties/site.documentLede/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.documentLede"].type,parentSchema:schema20.properties["site.documentLede"],data:data205};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
if(data["site.documentCitedBy"] !== undefined){
let data206 = data["site.documentCitedBy"];
if(typeof data206 === "string"){
if(func3(data206) < 1){
const err412 = {instancePath:instancePath+"/site.documentCitedBy",schemaPath:"#/properties/site.documentCitedBy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.documentCitedBy"],data:data206};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
else {
const err413 = {instancePath:instancePath+"/site.documentCitedBy",schemaPath:"#/properties/site.documentCitedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.documentCitedBy"].type,parentSchema:schema20.properties["site.documentCitedBy"],data:data206};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data["site.documentCitedByDraft"] !== undefined){
let data207 = data["site.documentCitedByDraft"];
if(typeof data207 === "string"){
if(func3(data207) < 1){
const err414 = {instancePath:instancePath+"/site.documentCitedByDraft",schemaPath:"#/properties/site.documentCitedByDraft/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.documentCitedByDraft"],data:data207};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
else {
const err415 = {instancePath:instancePath+"/site.documentCitedByDraft",schemaPath:"#/properties/site.documentCitedByDraft/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.documentCitedByDraft"].type,parentSchema:schema20.properties["site.documentCitedByDraft"],data:data207};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
if(data["site.publishedDocument"] !== undefined){
let data208 = data["site.publishedDocument"];
if(typeof data208 === "string"){
if(func3(data208) < 1){
const err416 = {instancePath:instancePath+"/site.publishedDocument",schemaPath:"#/properties/site.publishedDocument/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.publishedDocument"],data:data208};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
else {
const err417 = {instancePath:instancePath+"/site.publishedDocument",schemaPath:"#/properties/site.publishedDocument/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.publishedDocument"].type,parentSchema:schema20.properties["site.publishedDocument"],data:data208};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
if(data["report.title"] !== undefined){
let data209 = data["report.title"];
if(typeof data209 === "string"){
if(func3(data209) < 1){
const err418 = {instancePath:instancePath+"/report.title",schemaPath:"#/properties/report.title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.title"],data:data209};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
else {
const err419 = {instancePath:instancePath+"/report.title",schemaPath:"#/properties/report.title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.title"].type,parentSchema:schema20.properties["report.title"],data:data209};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data["report.lede"] !== undefined){
let data210 = data["report.lede"];
if(typeof data210 === "string"){
if(func3(data210) < 1){
const err420 = {instancePath:instancePath+"/report.lede",schemaPath:"#/properties/report.lede/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.lede"],data:data210};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
else {
const err421 = {instancePath:instancePath+"/report.lede",schemaPath:"#/properties/report.lede/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.lede"].type,parentSchema:schema20.properties["report.lede"],data:data210};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
if(data["report.link"] !== undefined){
let data211 = data["report.link"];
if(typeof data211 === "string"){
if(func3(data211) < 1){
const err422 = {instancePath:instancePath+"/report.link",schemaPath:"#/properties/report.link/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.link"],data:data211};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
else {
const err423 = {instancePath:instancePath+"/report.link",schemaPath:"#/properties/report.link/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.link"].type,parentSchema:schema20.properties["report.link"],data:data211};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
if(data["report.partA"] !== undefined){
let data212 = data["report.partA"];
if(typeof data212 === "string"){
if(func3(data212) < 1){
const err424 = {instancePath:instancePath+"/report.partA",schemaPath:"#/properties/report.partA/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.partA"],data:data212};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
else {
const err425 = {instancePath:instancePath+"/report.partA",schemaPath:"#/properties/report.partA/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.partA"].type,parentSchema:schema20.properties["report.partA"],data:data212};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
if(data["report.partALink"] !== undefined){
let data213 = data["report.partALink"];
if(typeof data213 === "string"){
if(func3(data213) < 1){
const err426 = {instancePath:instancePath+"/report.partALink",schemaPath:"#/properties/report.partALink/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.partALink"],data:data213};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
else {
const err427 = {instancePath:instancePath+"/report.partALink",schemaPath:"#/properties/report.partALink/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.partALink"].type,parentSchema:schema20.properties["report.partALink"],data:data213};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
}
if(data["report.partB"] !== undefined){
let data214 = data["report.partB"];
if(typeof data214 === "string"){
if(func3(data214) < 1){
const err428 = {instancePath:instancePath+"/report.partB",schemaPath:"#/properties/report.partB/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.partB"],data:data214};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
else {
const err429 = {instancePath:instancePath+"/report.partB",schemaPath:"#/properties/report.partB/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.partB"].type,parentSchema:schema20.properties["report.partB"],data:data214};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
if(data["report.tsmCaption"] !== undefined){
let data215 = data["report.tsmCaption"];
if(typeof data215 === "string"){
if(func3(data215) < 1){
const err430 = {instancePath:instancePath+"/report.tsmCaption",schemaPath:"#/properties/report.tsmCaption/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.tsmCaption"],data:data215};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
else {
const err431 = {instancePath:instancePath+"/report.tsmCaption",schemaPath:"#/properties/report.tsmCaption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.tsmCaption"].type,parentSchema:schema20.properties["report.tsmCaption"],data:data215};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data["report.figuresCaption"] !== undefined){
let data216 = data["report.figuresCaption"];
if(typeof data216 === "string"){
if(func3(data216) < 1){
const err432 = {instancePath:instancePath+"/report.figuresCaption",schemaPath:"#/properties/report.figuresCaption/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.figuresCaption"],data:data216};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
else {
const err433 = {instancePath:instancePath+"/report.figuresCaption",schemaPath:"#/properties/report.figuresCaption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.figuresCaption"].type,parentSchema:schema20.properties["report.figuresCaption"],data:data216};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
if(data["report.measure"] !== undefined){
let data217 = data["report.measure"];
if(typeof data217 === "string"){
if(func3(data217) < 1){
const err434 = {instancePath:instancePath+"/report.measure",schemaPath:"#/properties/report.measure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.measure"],data:data217};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
else {
const err435 = {instancePath:instancePath+"/report.measure",schemaPath:"#/properties/report.measure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.measure"].type,parentSchema:schema20.properties["report.measure"],data:data217};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
if(data["report.homes"] !== undefined){
let data218 = data["report.homes"];
if(typeof data218 === "string"){
if(func3(data218) < 1){
const err436 = {instancePath:instancePath+"/report.homes",schemaPath:"#/properties/report.homes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.homes"],data:data218};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
else {
const err437 = {instancePath:instancePath+"/report.homes",schemaPath:"#/properties/report.homes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.homes"].type,parentSchema:schema20.properties["report.homes"],data:data218};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data["report.fromLog"] !== undefined){
let data219 = data["report.fromLog"];
if(typeof data219 === "string"){
if(func3(data219) < 1){
const err438 = {instancePath:instancePath+"/report.fromLog",schemaPath:"#/properties/report.fromLog/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.fromLog"],data:data219};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
else {
const err439 = {instancePath:instancePath+"/report.fromLog",schemaPath:"#/properties/report.fromLog/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.fromLog"].type,parentSchema:schema20.properties["report.fromLog"],data:data219};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
if(data["report.stated"] !== undefined){
let data220 = data["report.stated"];
if(typeof data220 === "string"){
if(func3(data220) < 1){
const err440 = {instancePath:instancePath+"/report.stated",schemaPath:"#/properties/report.stated/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.stated"],data:data220};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
else {
const err441 = {instancePath:instancePath+"/report.stated",schemaPath:"#/properties/report.stated/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.stated"].type,parentSchema:schema20.properties["report.stated"],data:data220};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
if(data["report.refusedCaption"] !== undefined){
let data221 = data["report.refusedCaption"];
if(typeof data221 === "string"){
if(func3(data221) < 1){
const err442 = {instancePath:instancePath+"/report.refusedCaption",schemaPath:"#/properties/report.refusedCaption/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.refusedCaption"],data:data221};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
else {
const err443 = {instancePath:instancePath+"/report.refusedCaption",schemaPath:"#/properties/report.refusedCaption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.refusedCaption"].type,parentSchema:schema20.properties["report.refusedCaption"],data:data221};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
if(data["report.reason"] !== undefined){
let data222 = data["report.reason"];
if(typeof data222 === "string"){
if(func3(data222) < 1){
const err444 = {instancePath:instancePath+"/report.reason",schemaPath:"#/properties/report.reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.reason"],data:data222};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
else {
const err445 = {instancePath:instancePath+"/report.reason",schemaPath:"#/properties/report.reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.reason"].type,parentSchema:schema20.properties["report.reason"],data:data222};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
if(data["report.count"] !== undefined){
let data223 = data["report.count"];
if(typeof data223 === "string"){
if(func3(data223) < 1){
const err446 = {instancePath:instancePath+"/report.count",schemaPath:"#/properties/report.count/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.count"],data:data223};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
else {
const err447 = {instancePath:instancePath+"/report.count",schemaPath:"#/properties/report.count/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.count"].type,parentSchema:schema20.properties["report.count"],data:data223};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
if(data["report.categoriesCaption"] !== undefined){
let data224 = data["report.categoriesCaption"];
if(typeof data224 === "string"){
if(func3(data224) < 1){
const err448 = {instancePath:instancePath+"/report.categoriesCaption",schemaPath:"#/properties/report.categoriesCaption/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.categoriesCaption"],data:data224};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
else {
const err449 = {instancePath:instancePath+"/report.categoriesCaption",schemaPath:"#/properties/report.categoriesCaption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.categoriesCaption"].type,parentSchema:schema20.properties["report.categoriesCaption"],data:data224};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
if(data["report.category"] !== undefined){
let data225 = data["report.category"];
if(typeof data225 === "string"){
if(func3(data225) < 1){
const err450 = {instancePath:instancePath+"/report.category",schemaPath:"#/properties/report.category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.category"],data:data225};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
else {
const err451 = {instancePath:instancePath+"/report.category",schemaPath:"#/properties/report.category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.category"].type,parentSchema:schema20.properties["report.category"],data:data225};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
if(data["report.partC"] !== undefined){
let data226 = data["report.partC"];
if(typeof data226 === "string"){
if(func3(data226) < 1){
const err452 = {instancePath:instancePath+"/report.partC",schemaPath:"#/properties/report.partC/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.partC"],data:data226};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
else {
const err453 = {instancePath:instancePath+"/report.partC",schemaPath:"#/properties/report.partC/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.partC"].type,parentSchema:schema20.properties["report.partC"],data:data226};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
if(data["report.determinations"] !== undefined){
let data227 = data["report.determinations"];
if(typeof data227 === "string"){
if(func3(data227) < 1){
const err454 = {instancePath:instancePath+"/report.determinations",schemaPath:"#/properties/report.determinations/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.determinations"],data:data227};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
else {
const err455 = {instancePath:instancePath+"/report.determinations",schemaPath:"#/properties/report.determinations/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.determinations"].type,parentSchema:schema20.properties["report.determinations"],data:data227};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
if(data["report.failureOrders"] !== undefined){
let data228 = data["report.failureOrders"];
if(typeof data228 === "string"){
if(func3(data228) < 1){
const err456 = {instancePath:instancePath+"/report.failureOrders",schemaPath:"#/properties/report.failureOrders/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.failureOrders"],data:data228};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
else {
const err457 = {instancePath:instancePath+"/report.failureOrders",schemaPath:"#/properties/report.failureOrders/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.failureOrders"].type,parentSchema:schema20.properties["report.failureOrders"],data:data228};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
if(data["report.nonCompliance"] !== undefined){
let data229 = data["report.nonCompliance"];
if(typeof data229 === "string"){
if(func3(data229) < 1){
const err458 = {instancePath:instancePath+"/report.nonCompliance",schemaPath:"#/properties/report.nonCompliance/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.nonCompliance"],data:data229};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
else {
const err459 = {instancePath:instancePath+"/report.nonCompliance",schemaPath:"#/properties/report.nonCompliance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.nonCompliance"].type,parentSchema:schema20.properties["report.nonCompliance"],data:data229};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
if(data["report.compensation"] !== undefined){
let data230 = data["report.compensation"];
if(typeof data230 === "string"){
if(func3(data230) < 1){
const err460 = {instancePath:instancePath+"/report.compensation",schemaPath:"#/properties/report.compensation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.compensation"],data:data230};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
else {
const err461 = {instancePath:instancePath+"/report.compensation",schemaPath:"#/properties/report.compensation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.compensation"].type,parentSchema:schema20.properties["report.compensation"],data:data230};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
if(data["report.partD"] !== undefined){
let data231 = data["report.partD"];
if(typeof data231 === "string"){
if(func3(data231) < 1){
const err462 = {instancePath:instancePath+"/report.partD",schemaPath:"#/properties/report.partD/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.partD"],data:data231};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
else {
const err463 = {instancePath:instancePath+"/report.partD",schemaPath:"#/properties/report.partD/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.partD"].type,parentSchema:schema20.properties["report.partD"],data:data231};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
if(data["report.learned"] !== undefined){
let data232 = data["report.learned"];
if(typeof data232 === "string"){
if(func3(data232) < 1){
const err464 = {instancePath:instancePath+"/report.learned",schemaPath:"#/properties/report.learned/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.learned"],data:data232};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
else {
const err465 = {instancePath:instancePath+"/report.learned",schemaPath:"#/properties/report.learned/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.learned"].type,parentSchema:schema20.properties["report.learned"],data:data232};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
if(data["report.changed"] !== undefined){
let data233 = data["report.changed"];
if(typeof data233 === "string"){
if(func3(data233) < 1){
const err466 = {instancePath:instancePath+"/report.changed",schemaPath:"#/properties/report.changed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.changed"],data:data233};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
else {
const err467 = {instancePath:instancePath+"/report.changed",schemaPath:"#/properties/report.changed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.changed"].type,parentSchema:schema20.properties["report.changed"],data:data233};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
if(data["report.when"] !== undefined){
let data234 = data["report.when"];
if(typeof data234 === "string"){
if(func3(data234) < 1){
const err468 = {instancePath:instancePath+"/report.when",schemaPath:"#/properties/report.when/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.when"],data:data234};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
else {
const err469 = {instancePath:instancePath+"/report.when",schemaPath:"#/properties/report.when/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.when"].type,parentSchema:schema20.properties["report.when"],data:data234};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
if(data["report.partE"] !== undefined){
let data235 = data["report.partE"];
if(typeof data235 === "string"){
if(func3(data235) < 1){
const err470 = {instancePath:instancePath+"/report.partE",schemaPath:"#/properties/report.partE/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.partE"],data:data235};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
else {
const err471 = {instancePath:instancePath+"/report.partE",schemaPath:"#/properties/report.partE/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.partE"].type,parentSchema:schema20.properties["report.partE"],data:data235};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data["report.partF"] !== undefined){
let data236 = data["report.partF"];
if(typeof data236 === "string"){
if(func3(data236) < 1){
const err472 = {instancePath:instancePath+"/report.partF",schemaPath:"#/properties/report.partF/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.partF"],data:data236};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
else {
const err473 = {instancePath:instancePath+"/report.partF",schemaPath:"#/properties/report.partF/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.partF"].type,parentSchema:schema20.properties["report.partF"],data:data236};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
if(data["measure.CH01_1"] !== undefined){
let data237 = data["measure.CH01_1"];
if(typeof data237 === "string"){
if(func3(data237) < 1){
const err474 = {instancePath:instancePath+"/measure.CH01_1",schemaPath:"#/properties/measure.CH01_1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.CH01_1"],data:data237};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
else {
const err475 = {instancePath:instancePath+"/measure.CH01_1",schemaPath:"#/properties/measure.CH01_1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.CH01_1"].type,parentSchema:schema20.properties["measure.CH01_1"],data:data237};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data["measure.CH01_2"] !== undefined){
let data238 = data["measure.CH01_2"];
if(typeof data238 === "string"){
if(func3(data238) < 1){
const err476 = {instancePath:instancePath+"/measure.CH01_2",schemaPath:"#/properties/measure.CH01_2/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.CH01_2"],data:data238};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
else {
const err477 = {instancePath:instancePath+"/measure.CH01_2",schemaPath:"#/properties/measure.CH01_2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.CH01_2"].type,parentSchema:schema20.properties["measure.CH01_2"],data:data238};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
if(data["measure.CH02_1"] !== undefined){
let data239 = data["measure.CH02_1"];
if(typeof data239 === "string"){
if(func3(data239) < 1){
const err478 = {instancePath:instancePath+"/measure.CH02_1",schemaPath:"#/properties/measure.CH02_1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.CH02_1"],data:data239};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
else {
const err479 = {instancePath:instancePath+"/measure.CH02_1",schemaPath:"#/properties/measure.CH02_1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.CH02_1"].type,parentSchema:schema20.properties["measure.CH02_1"],data:data239};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
if(data["measure.CH02_2"] !== undefined){
let data240 = data["measure.CH02_2"];
if(typeof data240 === "string"){
if(func3(data240) < 1){
const err480 = {instancePath:instancePath+"/measure.CH02_2",schemaPath:"#/properties/measure.CH02_2/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.CH02_2"],data:data240};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
}
else {
const err481 = {instancePath:instancePath+"/measure.CH02_2",schemaPath:"#/properties/measure.CH02_2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.CH02_2"].type,parentSchema:schema20.properties["measure.CH02_2"],data:data240};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
if(data["measure.TP09"] !== undefined){
let data241 = data["measure.TP09"];
if(typeof data241 === "string"){
if(func3(data241) < 1){
const err482 = {instancePath:instancePath+"/measure.TP09",schemaPath:"#/properties/measure.TP09/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.TP09"],data:data241};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
else {
const err483 = {instancePath:instancePath+"/measure.TP09",schemaPath:"#/properties/measure.TP09/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.TP09"].type,parentSchema:schema20.properties["measure.TP09"],data:data241};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
if(data["measure.received"] !== undefined){
let data242 = data["measure.received"];
if(typeof data242 === "string"){
if(func3(data242) < 1){
const err484 = {instancePath:instancePath+"/measure.received",schemaPath:"#/properties/measure.received/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.received"],data:data242};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
else {
const err485 = {instancePath:instancePath+"/measure.received",schemaPath:"#/properties/measure.received/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.received"].type,parentSchema:schema20.properties["measure.received"],data:data242};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
if(data["measure.acknowledgedInTime"] !== undefined){
let data243 = data["measure.acknowledgedInTime"];
if(typeof data243 === "string"){
if(func3(data243) < 1){
const err486 = {instancePath:instancePath+"/measure.acknowledgedInTime",schemaPath:"#/properties/measure.acknowledgedInTime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.acknowledgedInTime"],data:data243};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
else {
const err487 = {instancePath:instancePath+"/measure.acknowledgedInTime",schemaPath:"#/properties/measure.acknowledgedInTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.acknowledgedInTime"].type,parentSchema:schema20.properties["measure.acknowledgedInTime"],data:data243};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
if(data["measure.responded"] !== undefined){
let data244 = data["measure.responded"];
if(typeof data244 === "string"){
if(func3(data244) < 1){
const err488 = {instancePath:instancePath+"/measure.responded",schemaPath:"#/properties/measure.responded/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.responded"],data:data244};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
}
else {
const err489 = {instancePath:instancePath+"/measure.responded",schemaPath:"#/properties/measure.responded/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.responded"].type,parentSchema:schema20.properties["measure.responded"],data:data244};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
if(data["measure.respondedInTime"] !== undefined){
let data245 = data["measure.respondedInTime"];
if(typeof data245 === "string"){
if(func3(data245) < 1){
const err490 = {instancePath:instancePath+"/measure.respondedInTime",schemaPath:"#/properties/measure.respondedInTime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.respondedInTime"],data:data245};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
else {
const err491 = {instancePath:instancePath+"/measure.respondedInTime",schemaPath:"#/properties/measure.respondedInTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.respondedInTime"].type,parentSchema:schema20.properties["measure.respondedInTime"],data:data245};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
if(data["measure.extended"] !== undefined){
let data246 = data["measure.extended"];
if(typeof data246 === "string"){
if(func3(data246) < 1){
const err492 = {instancePath:instancePath+"/measure.extended",schemaPath:"#/properties/measure.extended/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.extended"],data:data246};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
}
else {
const err493 = {instancePath:instancePath+"/measure.extended",schemaPath:"#/properties/measure.extended/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.extended"].type,parentSchema:schema20.properties["measure.extended"],data:data246};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
if(data["measure.averageDays"] !== undefined){
let data247 = data["measure.averageDays"];
if(typeof data247 === "string"){
if(func3(data247) < 1){
const err494 = {instancePath:instancePath+"/measure.averageDays",schemaPath:"#/properties/measure.averageDays/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["measure.averageDays"],data:data247};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
else {
const err495 = {instancePath:instancePath+"/measure.averageDays",schemaPath:"#/properties/measure.averageDays/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["measure.averageDays"].type,parentSchema:schema20.properties["measure.averageDays"],data:data247};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
if(data["report.chartCh01"] !== undefined){
let data248 = data["report.chartCh01"];
if(typeof data248 === "string"){
if(func3(data248) < 1){
const err496 = {instancePath:instancePath+"/report.chartCh01",schemaPath:"#/properties/report.chartCh01/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.chartCh01"],data:data248};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
else {
const err497 = {instancePath:instancePath+"/report.chartCh01",schemaPath:"#/properties/report.chartCh01/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.chartCh01"].type,parentSchema:schema20.properties["report.chartCh01"],data:data248};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
if(data["report.chartCh02"] !== undefined){
let data249 = data["report.chartCh02"];
if(typeof data249 === "string"){
if(func3(data249) < 1){
const err498 = {instancePath:instancePath+"/report.chartCh02",schemaPath:"#/properties/report.chartCh02/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.chartCh02"],data:data249};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
else {
const err499 = {instancePath:instancePath+"/report.chartCh02",schemaPath:"#/properties/report.chartCh02/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.chartCh02"].type,parentSchema:schema20.properties["report.chartCh02"],data:data249};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
if(data["report.stage"] !== undefined){
let data250 = data["report.stage"];
if(typeof data250 === "string"){
if(func3(data250) < 1){
const err500 = {instancePath:instancePath+"/report.stage",schemaPath:"#/properties/report.stage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.stage"],data:data250};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
}
else {
const err501 = {instancePath:instancePath+"/report.stage",schemaPath:"#/properties/report.stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.stage"].type,parentSchema:schema20.properties["report.stage"],data:data250};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
}
if(data["report.unknown"] !== undefined){
let data251 = data["report.unknown"];
if(typeof data251 === "string"){
if(func3(data251) < 1){
const err502 = {instancePath:instancePath+"/report.unknown",schemaPath:"#/properties/report.unknown/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.unknown"],data:data251};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
}
else {
const err503 = {instancePath:instancePath+"/report.unknown",schemaPath:"#/properties/report.unknown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.unknown"].type,parentSchema:schema20.properties["report.unknown"],data:data251};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
}
if(data["cited.section"] !== undefined){
let data252 = data["cited.section"];
if(typeof data252 === "string"){
if(func3(data252) < 1){
const err504 = {instancePath:instancePath+"/cited.section",schemaPath:"#/properties/cited.section/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cited.section"],data:data252};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
else {
const err505 = {instancePath:instancePath+"/cited.section",schemaPath:"#/properties/cited.section/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cited.section"].type,parentSchema:schema20.properties["cited.section"],data:data252};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
if(data["cited.sections"] !== undefined){
let data253 = data["cited.sections"];
if(typeof data253 === "string"){
if(func3(data253) < 1){
const err506 = {instancePath:instancePath+"/cited.sections",schemaPath:"#/properties/cited.sections/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cited.sections"],data:data253};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
else {
const err507 = {instancePath:instancePath+"/cited.sections",schemaPath:"#/properties/cited.sections/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cited.sections"].type,parentSchema:schema20.properties["cited.sections"],data:data253};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
if(data["cited.under"] !== undefined){
let data254 = data["cited.under"];
if(typeof data254 === "string"){
if(func3(data254) < 1){
const err508 = {instancePath:instancePath+"/cited.under",schemaPath:"#/properties/cited.under/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cited.under"],data:data254};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
else {
const err509 = {instancePath:instancePath+"/cited.under",schemaPath:"#/properties/cited.under/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cited.under"].type,parentSchema:schema20.properties["cited.under"],data:data254};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
if(data["cited.page"] !== undefined){
let data255 = data["cited.page"];
if(typeof data255 === "string"){
if(func3(data255) < 1){
const err510 = {instancePath:instancePath+"/cited.page",schemaPath:"#/properties/cited.page/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cited.page"],data:data255};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
else {
const err511 = {instancePath:instancePath+"/cited.page",schemaPath:"#/properties/cited.page/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cited.page"].type,parentSchema:schema20.properties["cited.page"],data:data255};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
}
if(data["cited.pages"] !== undefined){
let data256 = data["cited.pages"];
if(typeof data256 === "string"){
if(func3(data256) < 1){
const err512 = {instancePath:instancePath+"/cited.pages",schemaPath:"#/properties/cited.pages/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cited.pages"],data:data256};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
}
else {
const err513 = {instancePath:instancePath+"/cited.pages",schemaPath:"#/properties/cited.pages/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cited.pages"].type,parentSchema:schema20.properties["cited.pages"],data:data256};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
}
if(data["cited.provisions"] !== undefined){
let data257 = data["cited.provisions"];
if(typeof data257 === "string"){
if(func3(data257) < 1){
const err514 = {instancePath:instancePath+"/cited.provisions",schemaPath:"#/properties/cited.provisions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cited.provisions"],data:data257};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
else {
const err515 = {instancePath:instancePath+"/cited.provisions",schemaPath:"#/properties/cited.provisions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cited.provisions"].type,parentSchema:schema20.properties["cited.provisions"],data:data257};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
if(data["cited.for"] !== undefined){
let data258 = data["cited.for"];
if(typeof data258 === "string"){
if(func3(data258) < 1){
const err516 = {instancePath:instancePath+"/cited.for",schemaPath:"#/properties/cited.for/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cited.for"],data:data258};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
}
else {
const err517 = {instancePath:instancePath+"/cited.for",schemaPath:"#/properties/cited.for/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cited.for"].type,parentSchema:schema20.properties["cited.for"],data:data258};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
if(data["cited.forAt"] !== undefined){
let data259 = data["cited.forAt"];
if(typeof data259 === "string"){
if(func3(data259) < 1){
const err518 = {instancePath:instancePath+"/cited.forAt",schemaPath:"#/properties/cited.forAt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cited.forAt"],data:data259};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
else {
const err519 = {instancePath:instancePath+"/cited.forAt",schemaPath:"#/properties/cited.forAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cited.forAt"].type,parentSchema:schema20.properties["cited.forAt"],data:data259};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
}
if(data["cited.placeFor"] !== undefined){
let data260 = data["cited.placeFor"];
if(typeof data260 === "string"){
if(func3(data260) < 1){
const err520 = {instancePath:instancePath+"/cited.placeFor",schemaPath:"#/properties/cited.placeFor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cited.placeFor"],data:data260};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
}
else {
const err521 = {instancePath:instancePath+"/cited.placeFor",schemaPath:"#/properties/cited.placeFor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cited.placeFor"].type,parentSchema:schema20.properties["cited.placeFor"],data:data260};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
if(data["meta.title"] !== undefined){
let data261 = data["meta.title"];
if(typeof data261 === "string"){
if(func3(data261) < 1){
const err522 = {instancePath:instancePath+"/meta.title",schemaPath:"#/properties/meta.title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["meta.title"],data:data261};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
}
else {
const err523 = {instancePath:instancePath+"/meta.title",schemaPath:"#/properties/meta.title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["meta.title"].type,parentSchema:schema20.properties["meta.title"],data:data261};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
}
if(data["meta.subject"] !== undefined){
let data262 = data["meta.subject"];
if(typeof data262 === "string"){
if(func3(data262) < 1){
const err524 = {instancePath:instancePath+"/meta.subject",schemaPath:"#/properties/meta.subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["meta.subject"],data:data262};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
}
else {
const err525 = {instancePath:instancePath+"/meta.subject",schemaPath:"#/properties/meta.subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["meta.subject"].type,parentSchema:schema20.properties["meta.subject"],data:data262};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
if(data["meta.keywords"] !== undefined){
let data263 = data["meta.keywords"];
if(typeof data263 === "string"){
if(func3(data263) < 1){
const err526 = {instancePath:instancePath+"/meta.keywords",schemaPath:"#/properties/meta.keywords/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["meta.keywords"],data:data263};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
}
else {
const err527 = {instancePath:instancePath+"/meta.keywords",schemaPath:"#/properties/meta.keywords/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["meta.keywords"].type,parentSchema:schema20.properties["meta.keywords"],data:data263};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
}
if(data["code.name"] !== undefined){
let data264 = data["code.name"];
if(typeof data264 === "string"){
if(func3(data264) < 1){
const err528 = {instancePath:instancePath+"/code.name",schemaPath:"#/properties/code.name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["code.name"],data:data264};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
else {
const err529 = {instancePath:instancePath+"/code.name",schemaPath:"#/properties/code.name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["code.name"].type,parentSchema:schema20.properties["code.name"],data:data264};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
}
if(data["period.label"] !== undefined){
let data265 = data["period.label"];
if(typeof data265 === "string"){
if(func3(data265) < 1){
const err530 = {instancePath:instancePath+"/period.label",schemaPath:"#/properties/period.label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["period.label"],data:data265};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
}
else {
const err531 = {instancePath:instancePath+"/period.label",schemaPath:"#/properties/period.label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["period.label"].type,parentSchema:schema20.properties["period.label"],data:data265};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
if(data["fact.periodValue"] !== undefined){
let data266 = data["fact.periodValue"];
if(typeof data266 === "string"){
if(func3(data266) < 1){
const err532 = {instancePath:instancePath+"/fact.periodValue",schemaPath:"#/properties/fact.periodValue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["fact.periodValue"],data:data266};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
}
else {
const err533 = {instancePath:instancePath+"/fact.periodValue",schemaPath:"#/properties/fact.periodValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["fact.periodValue"].type,parentSchema:schema20.properties["fact.periodValue"],data:data266};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
if(data["approval.sentence"] !== undefined){
let data267 = data["approval.sentence"];
if(typeof data267 === "string"){
if(func3(data267) < 1){
const err534 = {instancePath:instancePath+"/approval.sentence",schemaPath:"#/properties/approval.sentence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["approval.sentence"],data:data267};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
else {
const err535 = {instancePath:instancePath+"/approval.sentence",schemaPath:"#/properties/approval.sentence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["approval.sentence"].type,parentSchema:schema20.properties["approval.sentence"],data:data267};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
if(data["approval.reference"] !== undefined){
let data268 = data["approval.reference"];
if(typeof data268 === "string"){
if(func3(data268) < 1){
const err536 = {instancePath:instancePath+"/approval.reference",schemaPath:"#/properties/approval.reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["approval.reference"],data:data268};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
}
else {
const err537 = {instancePath:instancePath+"/approval.reference",schemaPath:"#/properties/approval.reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["approval.reference"].type,parentSchema:schema20.properties["approval.reference"],data:data268};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
if(data["meta.description"] !== undefined){
let data269 = data["meta.description"];
if(typeof data269 === "string"){
if(func3(data269) < 1){
const err538 = {instancePath:instancePath+"/meta.description",schemaPath:"#/properties/meta.description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["meta.description"],data:data269};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
}
else {
const err539 = {instancePath:instancePath+"/meta.description",schemaPath:"#/properties/meta.description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["meta.description"].type,parentSchema:schema20.properties["meta.description"],data:data269};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
if(data["report.tp09Survey"] !== undefined){
let data270 = data["report.tp09Survey"];
if(typeof data270 === "string"){
if(func3(data270) < 1){
const err540 = {instancePath:instancePath+"/report.tp09Survey",schemaPath:"#/properties/report.tp09Survey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.tp09Survey"],data:data270};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
}
else {
const err541 = {instancePath:instancePath+"/report.tp09Survey",schemaPath:"#/properties/report.tp09Survey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.tp09Survey"].type,parentSchema:schema20.properties["report.tp09Survey"],data:data270};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
if(data["cover.reportTitle"] !== undefined){
let data271 = data["cover.reportTitle"];
if(typeof data271 === "string"){
if(func3(data271) < 1){
const err542 = {instancePath:instancePath+"/cover.reportTitle",schemaPath:"#/properties/cover.reportTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["cover.reportTitle"],data:data271};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
}
else {
const err543 = {instancePath:instancePath+"/cover.reportTitle",schemaPath:"#/properties/cover.reportTitle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["cover.reportTitle"].type,parentSchema:schema20.properties["cover.reportTitle"],data:data271};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
}
if(data["report.documentIntro"] !== undefined){
let data272 = data["report.documentIntro"];
if(typeof data272 === "string"){
if(func3(data272) < 1){
const err544 = {instancePath:instancePath+"/report.documentIntro",schemaPath:"#/properties/report.documentIntro/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.documentIntro"],data:data272};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
else {
const err545 = {instancePath:instancePath+"/report.documentIntro",schemaPath:"#/properties/report.documentIntro/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.documentIntro"].type,parentSchema:schema20.properties["report.documentIntro"],data:data272};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
}
if(data["meta.reportTitle"] !== undefined){
let data273 = data["meta.reportTitle"];
if(typeof data273 === "string"){
if(func3(data273) < 1){
const err546 = {instancePath:instancePath+"/meta.reportTitle",schemaPath:"#/properties/meta.reportTitle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["meta.reportTitle"],data:data273};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
}
else {
const err547 = {instancePath:instancePath+"/meta.reportTitle",schemaPath:"#/properties/meta.reportTitle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["meta.reportTitle"].type,parentSchema:schema20.properties["meta.reportTitle"],data:data273};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data["report.chartOutcomes"] !== undefined){
let data274 = data["report.chartOutcomes"];
if(typeof data274 === "string"){
if(func3(data274) < 1){
const err548 = {instancePath:instancePath+"/report.chartOutcomes",schemaPath:"#/properties/report.chartOutcomes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.chartOutcomes"],data:data274};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
}
else {
const err549 = {instancePath:instancePath+"/report.chartOutcomes",schemaPath:"#/properties/report.chartOutcomes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.chartOutcomes"].type,parentSchema:schema20.properties["report.chartOutcomes"],data:data274};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
if(data["report.outcomesCaption"] !== undefined){
let data275 = data["report.outcomesCaption"];
if(typeof data275 === "string"){
if(func3(data275) < 1){
const err550 = {instancePath:instancePath+"/report.outcomesCaption",schemaPath:"#/properties/report.outcomesCaption/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.outcomesCaption"],data:data275};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
else {
const err551 = {instancePath:instancePath+"/report.outcomesCaption",schemaPath:"#/properties/report.outcomesCaption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.outcomesCaption"].type,parentSchema:schema20.properties["report.outcomesCaption"],data:data275};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
if(data["report.outcome"] !== undefined){
let data276 = data["report.outcome"];
if(typeof data276 === "string"){
if(func3(data276) < 1){
const err552 = {instancePath:instancePath+"/report.outcome",schemaPath:"#/properties/report.outcome/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.outcome"],data:data276};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
else {
const err553 = {instancePath:instancePath+"/report.outcome",schemaPath:"#/properties/report.outcome/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.outcome"].type,parentSchema:schema20.properties["report.outcome"],data:data276};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
}
if(data["outcome.upheld"] !== undefined){
let data277 = data["outcome.upheld"];
if(typeof data277 === "string"){
if(func3(data277) < 1){
const err554 = {instancePath:instancePath+"/outcome.upheld",schemaPath:"#/properties/outcome.upheld/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["outcome.upheld"],data:data277};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
else {
const err555 = {instancePath:instancePath+"/outcome.upheld",schemaPath:"#/properties/outcome.upheld/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["outcome.upheld"].type,parentSchema:schema20.properties["outcome.upheld"],data:data277};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
}
if(data["outcome.partly_upheld"] !== undefined){
let data278 = data["outcome.partly_upheld"];
if(typeof data278 === "string"){
if(func3(data278) < 1){
const err556 = {instancePath:instancePath+"/outcome.partly_upheld",schemaPath:"#/properties/outcome.partly_upheld/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["outcome.partly_upheld"],data:data278};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
}
else {
const err557 = {instancePath:instancePath+"/outcome.partly_upheld",schemaPath:"#/properties/outcome.partly_upheld/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["outcome.partly_upheld"].type,parentSchema:schema20.properties["outcome.partly_upheld"],data:data278};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
}
if(data["outcome.not_upheld"] !== undefined){
let data279 = data["outcome.not_upheld"];
if(typeof data279 === "string"){
if(func3(data279) < 1){
const err558 = {instancePath:instancePath+"/outcome.not_upheld",schemaPath:"#/properties/outcome.not_upheld/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["outcome.not_upheld"],data:data279};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
}
else {
const err559 = {instancePath:instancePath+"/outcome.not_upheld",schemaPath:"#/properties/outcome.not_upheld/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["outcome.not_upheld"].type,parentSchema:schema20.properties["outcome.not_upheld"],data:data279};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
}
if(data["outcome.withdrawn"] !== undefined){
let data280 = data["outcome.withdrawn"];
if(typeof data280 === "string"){
if(func3(data280) < 1){
const err560 = {instancePath:instancePath+"/outcome.withdrawn",schemaPath:"#/properties/outcome.withdrawn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["outcome.withdrawn"],data:data280};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
else {
const err561 = {instancePath:instancePath+"/outcome.withdrawn",schemaPath:"#/properties/outcome.withdrawn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["outcome.withdrawn"].type,parentSchema:schema20.properties["outcome.withdrawn"],data:data280};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
}
if(data["report.chartCategories"] !== undefined){
let data281 = data["report.chartCategories"];
if(typeof data281 === "string"){
if(func3(data281) < 1){
const err562 = {instancePath:instancePath+"/report.chartCategories",schemaPath:"#/properties/report.chartCategories/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.chartCategories"],data:data281};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
else {
const err563 = {instancePath:instancePath+"/report.chartCategories",schemaPath:"#/properties/report.chartCategories/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.chartCategories"].type,parentSchema:schema20.properties["report.chartCategories"],data:data281};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
if(data["report.complaints"] !== undefined){
let data282 = data["report.complaints"];
if(typeof data282 === "string"){
if(func3(data282) < 1){
const err564 = {instancePath:instancePath+"/report.complaints",schemaPath:"#/properties/report.complaints/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.complaints"],data:data282};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
else {
const err565 = {instancePath:instancePath+"/report.complaints",schemaPath:"#/properties/report.complaints/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.complaints"].type,parentSchema:schema20.properties["report.complaints"],data:data282};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
if(data["report.chartFindings"] !== undefined){
let data283 = data["report.chartFindings"];
if(typeof data283 === "string"){
if(func3(data283) < 1){
const err566 = {instancePath:instancePath+"/report.chartFindings",schemaPath:"#/properties/report.chartFindings/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.chartFindings"],data:data283};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
else {
const err567 = {instancePath:instancePath+"/report.chartFindings",schemaPath:"#/properties/report.chartFindings/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.chartFindings"].type,parentSchema:schema20.properties["report.chartFindings"],data:data283};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
if(data["report.findingsCaption"] !== undefined){
let data284 = data["report.findingsCaption"];
if(typeof data284 === "string"){
if(func3(data284) < 1){
const err568 = {instancePath:instancePath+"/report.findingsCaption",schemaPath:"#/properties/report.findingsCaption/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.findingsCaption"],data:data284};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
else {
const err569 = {instancePath:instancePath+"/report.findingsCaption",schemaPath:"#/properties/report.findingsCaption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.findingsCaption"].type,parentSchema:schema20.properties["report.findingsCaption"],data:data284};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
if(data["report.finding"] !== undefined){
let data285 = data["report.finding"];
if(typeof data285 === "string"){
if(func3(data285) < 1){
const err570 = {instancePath:instancePath+"/report.finding",schemaPath:"#/properties/report.finding/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.finding"],data:data285};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
else {
const err571 = {instancePath:instancePath+"/report.finding",schemaPath:"#/properties/report.finding/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.finding"].type,parentSchema:schema20.properties["report.finding"],data:data285};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
}
if(data["report.determinationsCount"] !== undefined){
let data286 = data["report.determinationsCount"];
if(typeof data286 === "string"){
if(func3(data286) < 1){
const err572 = {instancePath:instancePath+"/report.determinationsCount",schemaPath:"#/properties/report.determinationsCount/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["report.determinationsCount"],data:data286};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
}
else {
const err573 = {instancePath:instancePath+"/report.determinationsCount",schemaPath:"#/properties/report.determinationsCount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["report.determinationsCount"].type,parentSchema:schema20.properties["report.determinationsCount"],data:data286};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
}
if(data["site.landlordDescription"] !== undefined){
let data287 = data["site.landlordDescription"];
if(typeof data287 === "string"){
if(func3(data287) < 1){
const err574 = {instancePath:instancePath+"/site.landlordDescription",schemaPath:"#/properties/site.landlordDescription/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["site.landlordDescription"],data:data287};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
else {
const err575 = {instancePath:instancePath+"/site.landlordDescription",schemaPath:"#/properties/site.landlordDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["site.landlordDescription"].type,parentSchema:schema20.properties["site.landlordDescription"],data:data287};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
}
if(data["table.description"] !== undefined){
let data288 = data["table.description"];
if(typeof data288 === "string"){
if(func3(data288) < 1){
const err576 = {instancePath:instancePath+"/table.description",schemaPath:"#/properties/table.description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["table.description"],data:data288};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
}
else {
const err577 = {instancePath:instancePath+"/table.description",schemaPath:"#/properties/table.description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["table.description"].type,parentSchema:schema20.properties["table.description"],data:data288};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
if(data["table.countsDescription"] !== undefined){
let data289 = data["table.countsDescription"];
if(typeof data289 === "string"){
if(func3(data289) < 1){
const err578 = {instancePath:instancePath+"/table.countsDescription",schemaPath:"#/properties/table.countsDescription/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["table.countsDescription"],data:data289};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
else {
const err579 = {instancePath:instancePath+"/table.countsDescription",schemaPath:"#/properties/table.countsDescription/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["table.countsDescription"].type,parentSchema:schema20.properties["table.countsDescription"],data:data289};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
}
if(data["atAGlance.short.section"] !== undefined){
let data290 = data["atAGlance.short.section"];
if(typeof data290 === "string"){
if(func3(data290) < 1){
const err580 = {instancePath:instancePath+"/atAGlance.short.section",schemaPath:"#/properties/atAGlance.short.section/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties["atAGlance.short.section"],data:data290};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
else {
const err581 = {instancePath:instancePath+"/atAGlance.short.section",schemaPath:"#/properties/atAGlance.short.section/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties["atAGlance.short.section"].type,parentSchema:schema20.properties["atAGlance.short.section"],data:data290};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
}
}
else {
const err582 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const report = validate17;
const schema21 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://chc.example/schemas/report.schema.json","title":"Annual complaints performance and service improvement report","description":"The year's annual complaints performance and service improvement report (2024 Code 8.1-8.2), beside the self-assessment that is its part (a): assessments/<landlord>/<period>/report.yaml. Every part of 8.1 is given, or stated as having nothing to report this year (none:). See docs/report.md.","type":"object","additionalProperties":false,"required":["homes","analysis","ombudsman","learning","ombudsman_annual_report","ombudsman_publications"],"properties":{"$schema":{"type":"string","description":"Optional link to this schema, for editors."},"homes":{"type":"object","additionalProperties":false,"required":["count","counted"],"description":"The number of homes the complaint TSMs are counted against (CH01: complaints per 1,000 homes).","properties":{"count":{"type":"integer","minimum":1,"description":"How many homes."},"counted":{"type":"string","minLength":1,"description":"How they were counted: which homes (low-cost rental, low-cost home ownership) and on what day (\"Homes owned on 31 March 2025, low-cost rental, as in the Statistical Data Return\")."}}},"complaints_log":{"type":"object","additionalProperties":false,"required":["file","columns"],"description":"The year's complaints log, exported from the case-management system as CSV, anonymised (one row per complaint per stage): chc works out the figures from it. It is never published. See docs/report.md.","properties":{"file":{"type":"string","minLength":1,"description":"The CSV file, relative to this folder (\"complaints-2024-25.csv\")."},"columns":{"type":"object","additionalProperties":false,"required":["reference","stage","received","responded"],"description":"The name of the log's column for each thing chc reads.","properties":{"reference":{"type":"string","minLength":1,"description":"The case reference."},"stage":{"type":"string","minLength":1,"description":"The stage: 1 or 2."},"received":{"type":"string","minLength":1,"description":"When the complaint, or the request to escalate it, was received."},"acknowledged":{"type":"string","minLength":1,"description":"When it was acknowledged."},"responded":{"type":"string","minLength":1,"description":"When the stage's response was sent."},"extension":{"type":"string","minLength":1,"description":"The extension agreed: working days, or yes / no."},"category":{"type":"string","minLength":1,"description":"What the complaint was about."},"outcome":{"type":"string","minLength":1,"description":"Upheld, partly upheld, not upheld, withdrawn or refused."},"refused_reason":{"type":"string","minLength":1,"description":"Why a refused complaint was not accepted."}}}}},"figures":{"type":"object","additionalProperties":false,"description":"The year's figures as stated (8.1 b), where there is no complaints log, or to publish alongside it.","properties":{"stage_1":{"$ref":"#/definitions/stage","description":"Stage 1."},"stage_2":{"$ref":"#/definitions/stage","description":"Stage 2."},"outcomes":{"type":"object","additionalProperties":false,"description":"The responses by outcome, per stage.","properties":{"stage_1":{"$ref":"#/definitions/outcomes","description":"Stage 1."},"stage_2":{"$ref":"#/definitions/outcomes","description":"Stage 2."}}},"categories":{"type":"array","description":"The complaints received by category, most first.","items":{"type":"object","additionalProperties":false,"required":["category","count"],"properties":{"category":{"type":"string","minLength":1,"description":"The category."},"count":{"type":"integer","minimum":0,"description":"How many."}}}},"refused":{"type":"array","description":"The complaints the landlord refused to accept, by reason (8.1 b).","items":{"type":"object","additionalProperties":false,"required":["reason","count"],"properties":{"reason":{"type":"string","minLength":1,"description":"Why they were not accepted (\"Outside the 12-month time limit\")."},"count":{"type":"integer","minimum":0,"description":"How many."}}}}}},"analysis":{"type":"string","minLength":1,"description":"8.1 (b): the qualitative and quantitative analysis of complaint handling performance, in markdown: what the figures show, why, and what is being done."},"tp09":{"type":"object","additionalProperties":false,"required":["respondents","satisfied"],"description":"TP09, from the tenant perception survey: satisfaction with the landlord's approach to complaints handling.","properties":{"respondents":{"type":"integer","minimum":0,"description":"Respondents who answered the question (those who complained in the last 12 months)."},"satisfied":{"type":"integer","minimum":0,"description":"Of those, how many were satisfied."},"survey":{"type":"string","minLength":1,"description":"Which survey, and when it was carried out."}}},"ombudsman":{"type":"object","additionalProperties":false,"required":["determinations","complaint_handling_failure_orders","code_non_compliance"],"description":"8.1 (c): what the Ombudsman found this year.","properties":{"determinations":{"description":"The Ombudsman's determinations about the landlord this year, or none.","if":{"type":"object","required":["none"],"properties":{"none":{}}},"then":{"$ref":"#/definitions/nothing"},"else":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["reference","finding"],"properties":{"reference":{"type":"string","minLength":1,"description":"The Ombudsman's case reference."},"date":{"type":"string","minLength":1,"description":"The date of the determination, YYYY-MM-DD.","format":"date"},"finding":{"enum":["severe maladministration","maladministration","service failure","no maladministration","reasonable redress","outside jurisdiction"],"description":"What the Ombudsman found."},"compensation":{"type":"number","minimum":0,"description":"The compensation ordered, in pounds."},"orders":{"type":"string","minLength":1,"description":"What the Ombudsman ordered, and what the landlord did."},"summary":{"type":"string","minLength":1,"description":"What the complaint was about."}}}}},"complaint_handling_failure_orders":{"description":"Complaint Handling Failure Orders this year, or none.","if":{"type":"object","required":["none"],"properties":{"none":{}}},"then":{"$ref":"#/definitions/nothing"},"else":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["date","reason"],"properties":{"date":{"type":"string","minLength":1,"description":"The date of the order, YYYY-MM-DD.","format":"date"},"reason":{"type":"string","minLength":1,"description":"What it was for."},"url":{"type":"string","minLength":1,"description":"Where the Ombudsman published it.","pattern":"^https?://"}}}}},"code_non_compliance":{"description":"Findings of non-compliance with the Code by the Ombudsman this year, or none.","if":{"type":"object","required":["none"],"properties":{"none":{}}},"then":{"$ref":"#/definitions/nothing"},"else":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["finding"],"properties":{"date":{"type":"string","minLength":1,"description":"The date of the finding, YYYY-MM-DD.","format":"date"},"finding":{"type":"string","minLength":1,"description":"What the Ombudsman found."},"response":{"type":"string","minLength":1,"description":"What the landlord did about it."}}}}}}},"learning":{"description":"8.1 (d): the service improvements made this year as a result of learning from complaints, or none.","if":{"type":"object","required":["none"],"properties":{"none":{}}},"then":{"$ref":"#/definitions/nothing"},"else":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["learned","changed"],"properties":{"learned":{"type":"string","minLength":1,"description":"What the complaints showed."},"changed":{"type":"string","minLength":1,"description":"What changed as a result."},"when":{"type":"string","minLength":1,"description":"When the change was made (\"October 2024\", \"2024-10\")."}}}}},"ombudsman_annual_report":{"description":"8.1 (e): the Ombudsman's annual report about the landlord's performance, or none.","if":{"type":"object","required":["none"],"properties":{"none":{}}},"then":{"$ref":"#/definitions/nothing"},"else":{"type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"type":"string","minLength":1,"description":"Its title."},"url":{"type":"string","minLength":1,"description":"Where the Ombudsman publishes it.","pattern":"^https?://"},"summary":{"type":"string","minLength":1,"description":"What it says, in brief."}}}},"ombudsman_publications":{"description":"8.1 (f): other reports or publications of the Ombudsman about the landlord's work, or none.","if":{"type":"object","required":["none"],"properties":{"none":{}}},"then":{"$ref":"#/definitions/nothing"},"else":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"type":"string","minLength":1,"description":"Its title."},"url":{"type":"string","minLength":1,"description":"Where it is published.","pattern":"^https?://"},"summary":{"type":"string","minLength":1,"description":"What it says of the landlord."}}}}}},"definitions":{"stage":{"type":"object","additionalProperties":false,"description":"One stage's figures for the year, as the landlord states them. Where a complaints log is given, chc works them out from it and check says where a stated figure differs.","properties":{"received":{"type":"integer","minimum":0,"description":"Complaints received in the year and accepted at this stage (refused ones are counted under refused)."},"carried_over":{"type":"integer","minimum":0,"description":"Complaints open at this stage at the start of the year (received in the year before and not yet answered). For stage 1, what stage 2's escalations can come from besides this year's: chc checks that stage 2 received is no more than stage 1 received plus stage 1 carried over."},"acknowledged_in_time":{"type":"integer","minimum":0,"description":"Of those, acknowledged within 5 working days (2024 Code 6.2, 6.11)."},"responded":{"type":"integer","minimum":0,"description":"Complaints responded to at this stage in the year, whenever received: the denominator of CH02."},"responded_in_time":{"type":"integer","minimum":0,"description":"Of those, responded to within the Code's timescale, with any extension up to the Code's limit."},"extended":{"type":"integer","minimum":0,"description":"Of those responded to, how many had an extension."},"average_days":{"type":"number","minimum":0,"description":"The mean working days from acknowledgement (2024 Code) to the response."}}},"outcomes":{"type":"object","additionalProperties":false,"description":"The responses of one stage by outcome.","properties":{"upheld":{"type":"integer","minimum":0,"description":"Upheld."},"partly_upheld":{"type":"integer","minimum":0,"description":"Partly upheld."},"not_upheld":{"type":"integer","minimum":0,"description":"Not upheld."},"withdrawn":{"type":"integer","minimum":0,"description":"Withdrawn by the resident."}}},"nothing":{"type":"object","additionalProperties":false,"required":["none"],"properties":{"none":{"type":"string","minLength":1,"description":"Why there is nothing to report this year, in a sentence the report prints as it is (\"The Ombudsman made no determinations about us in 2024-25.\")."}}}}};
const schema22 = {"type":"object","additionalProperties":false,"description":"One stage's figures for the year, as the landlord states them. Where a complaints log is given, chc works them out from it and check says where a stated figure differs.","properties":{"received":{"type":"integer","minimum":0,"description":"Complaints received in the year and accepted at this stage (refused ones are counted under refused)."},"carried_over":{"type":"integer","minimum":0,"description":"Complaints open at this stage at the start of the year (received in the year before and not yet answered). For stage 1, what stage 2's escalations can come from besides this year's: chc checks that stage 2 received is no more than stage 1 received plus stage 1 carried over."},"acknowledged_in_time":{"type":"integer","minimum":0,"description":"Of those, acknowledged within 5 working days (2024 Code 6.2, 6.11)."},"responded":{"type":"integer","minimum":0,"description":"Complaints responded to at this stage in the year, whenever received: the denominator of CH02."},"responded_in_time":{"type":"integer","minimum":0,"description":"Of those, responded to within the Code's timescale, with any extension up to the Code's limit."},"extended":{"type":"integer","minimum":0,"description":"Of those responded to, how many had an extension."},"average_days":{"type":"number","minimum":0,"description":"The mean working days from acknowledgement (2024 Code) to the response."}}};
const schema24 = {"type":"object","additionalProperties":false,"description":"The responses of one stage by outcome.","properties":{"upheld":{"type":"integer","minimum":0,"description":"Upheld."},"partly_upheld":{"type":"integer","minimum":0,"description":"Partly upheld."},"not_upheld":{"type":"integer","minimum":0,"description":"Not upheld."},"withdrawn":{"type":"integer","minimum":0,"description":"Withdrawn by the resident."}}};
const schema26 = {"type":"object","additionalProperties":false,"required":["none"],"properties":{"none":{"type":"string","minLength":1,"description":"Why there is nothing to report this year, in a sentence the report prints as it is (\"The Ombudsman made no determinations about us in 2024-25.\")."}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://chc.example/schemas/report.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.homes === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "homes"},message:"must have required property '"+"homes"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.analysis === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "analysis"},message:"must have required property '"+"analysis"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ombudsman === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ombudsman"},message:"must have required property '"+"ombudsman"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.learning === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "learning"},message:"must have required property '"+"learning"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.ombudsman_annual_report === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ombudsman_annual_report"},message:"must have required property '"+"ombudsman_annual_report"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.ombudsman_publications === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ombudsman_publications"},message:"must have required property '"+"ombudsman_publications"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema21.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.$schema.type,parentSchema:schema21.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.homes !== undefined){
let data1 = data.homes;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.count === undefined){
const err8 = {instancePath:instancePath+"/homes",schemaPath:"#/properties/homes/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema21.properties.homes.required,parentSchema:schema21.properties.homes,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.counted === undefined){
const err9 = {instancePath:instancePath+"/homes",schemaPath:"#/properties/homes/required",keyword:"required",params:{missingProperty: "counted"},message:"must have required property '"+"counted"+"'",schema:schema21.properties.homes.required,parentSchema:schema21.properties.homes,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "count") || (key1 === "counted"))){
const err10 = {instancePath:instancePath+"/homes",schemaPath:"#/properties/homes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.homes,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.count !== undefined){
let data2 = data1.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/homes/count",schemaPath:"#/properties/homes/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.homes.properties.count.type,parentSchema:schema21.properties.homes.properties.count,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/homes/count",schemaPath:"#/properties/homes/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema21.properties.homes.properties.count,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data1.counted !== undefined){
let data3 = data1.counted;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err13 = {instancePath:instancePath+"/homes/counted",schemaPath:"#/properties/homes/properties/counted/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.homes.properties.counted,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/homes/counted",schemaPath:"#/properties/homes/properties/counted/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.homes.properties.counted.type,parentSchema:schema21.properties.homes.properties.counted,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/homes",schemaPath:"#/properties/homes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.homes.type,parentSchema:schema21.properties.homes,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.complaints_log !== undefined){
let data4 = data.complaints_log;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.file === undefined){
const err16 = {instancePath:instancePath+"/complaints_log",schemaPath:"#/properties/complaints_log/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema21.properties.complaints_log.required,parentSchema:schema21.properties.complaints_log,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.columns === undefined){
const err17 = {instancePath:instancePath+"/complaints_log",schemaPath:"#/properties/complaints_log/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema21.properties.complaints_log.required,parentSchema:schema21.properties.complaints_log,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "file") || (key2 === "columns"))){
const err18 = {instancePath:instancePath+"/complaints_log",schemaPath:"#/properties/complaints_log/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.complaints_log,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.file !== undefined){
let data5 = data4.file;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err19 = {instancePath:instancePath+"/complaints_log/file",schemaPath:"#/properties/complaints_log/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.file,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/complaints_log/file",schemaPath:"#/properties/complaints_log/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.file.type,parentSchema:schema21.properties.complaints_log.properties.file,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.columns !== undefined){
let data6 = data4.columns;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.reference === undefined){
const err21 = {instancePath:instancePath+"/complaints_log/columns",schemaPath:"#/properties/complaints_log/properties/columns/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'",schema:schema21.properties.complaints_log.properties.columns.required,parentSchema:schema21.properties.complaints_log.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.stage === undefined){
const err22 = {instancePath:instancePath+"/complaints_log/columns",schemaPath:"#/properties/complaints_log/properties/columns/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'",schema:schema21.properties.complaints_log.properties.columns.required,parentSchema:schema21.properties.complaints_log.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.received === undefined){
const err23 = {instancePath:instancePath+"/complaints_log/columns",schemaPath:"#/properties/complaints_log/properties/columns/required",keyword:"required",params:{missingProperty: "received"},message:"must have required property '"+"received"+"'",schema:schema21.properties.complaints_log.properties.columns.required,parentSchema:schema21.properties.complaints_log.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.responded === undefined){
const err24 = {instancePath:instancePath+"/complaints_log/columns",schemaPath:"#/properties/complaints_log/properties/columns/required",keyword:"required",params:{missingProperty: "responded"},message:"must have required property '"+"responded"+"'",schema:schema21.properties.complaints_log.properties.columns.required,parentSchema:schema21.properties.complaints_log.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key3 in data6){
if(!(func2.call(schema21.properties.complaints_log.properties.columns.properties, key3))){
const err25 = {instancePath:instancePath+"/complaints_log/columns",schemaPath:"#/properties/complaints_log/properties/columns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.complaints_log.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.reference !== undefined){
let data7 = data6.reference;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err26 = {instancePath:instancePath+"/complaints_log/columns/reference",schemaPath:"#/properties/complaints_log/properties/columns/properties/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.columns.properties.reference,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/complaints_log/columns/reference",schemaPath:"#/properties/complaints_log/properties/columns/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.columns.properties.reference.type,parentSchema:schema21.properties.complaints_log.properties.columns.properties.reference,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.stage !== undefined){
let data8 = data6.stage;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err28 = {instancePath:instancePath+"/complaints_log/columns/stage",schemaPath:"#/properties/complaints_log/properties/columns/properties/stage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.columns.properties.stage,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/complaints_log/columns/stage",schemaPath:"#/properties/complaints_log/properties/columns/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.columns.properties.stage.type,parentSchema:schema21.properties.complaints_log.properties.columns.properties.stage,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.received !== undefined){
let data9 = data6.received;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err30 = {instancePath:instancePath+"/complaints_log/columns/received",schemaPath:"#/properties/complaints_log/properties/columns/properties/received/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.columns.properties.received,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/complaints_log/columns/received",schemaPath:"#/properties/complaints_log/properties/columns/properties/received/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.columns.properties.received.type,parentSchema:schema21.properties.complaints_log.properties.columns.properties.received,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.acknowledged !== undefined){
let data10 = data6.acknowledged;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err32 = {instancePath:instancePath+"/complaints_log/columns/acknowledged",schemaPath:"#/properties/complaints_log/properties/columns/properties/acknowledged/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.columns.properties.acknowledged,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/complaints_log/columns/acknowledged",schemaPath:"#/properties/complaints_log/properties/columns/properties/acknowledged/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.columns.properties.acknowledged.type,parentSchema:schema21.properties.complaints_log.properties.columns.properties.acknowledged,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.responded !== undefined){
let data11 = data6.responded;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err34 = {instancePath:instancePath+"/complaints_log/columns/responded",schemaPath:"#/properties/complaints_log/properties/columns/properties/responded/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.columns.properties.responded,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/complaints_log/columns/responded",schemaPath:"#/properties/complaints_log/properties/columns/properties/responded/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.columns.properties.responded.type,parentSchema:schema21.properties.complaints_log.properties.columns.properties.responded,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data6.extension !== undefined){
let data12 = data6.extension;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err36 = {instancePath:instancePath+"/complaints_log/columns/extension",schemaPath:"#/properties/complaints_log/properties/columns/properties/extension/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.columns.properties.extension,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/complaints_log/columns/extension",schemaPath:"#/properties/complaints_log/properties/columns/properties/extension/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.columns.properties.extension.type,parentSchema:schema21.properties.complaints_log.properties.columns.properties.extension,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data6.category !== undefined){
let data13 = data6.category;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err38 = {instancePath:instancePath+"/complaints_log/columns/category",schemaPath:"#/properties/complaints_log/properties/columns/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.columns.properties.category,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/complaints_log/columns/category",schemaPath:"#/properties/complaints_log/properties/columns/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.columns.properties.category.type,parentSchema:schema21.properties.complaints_log.properties.columns.properties.category,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data6.outcome !== undefined){
let data14 = data6.outcome;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err40 = {instancePath:instancePath+"/complaints_log/columns/outcome",schemaPath:"#/properties/complaints_log/properties/columns/properties/outcome/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.columns.properties.outcome,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/complaints_log/columns/outcome",schemaPath:"#/properties/complaints_log/properties/columns/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.columns.properties.outcome.type,parentSchema:schema21.properties.complaints_log.properties.columns.properties.outcome,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data6.refused_reason !== undefined){
let data15 = data6.refused_reason;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err42 = {instancePath:instancePath+"/complaints_log/columns/refused_reason",schemaPath:"#/properties/complaints_log/properties/columns/properties/refused_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.complaints_log.properties.columns.properties.refused_reason,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/complaints_log/columns/refused_reason",schemaPath:"#/properties/complaints_log/properties/columns/properties/refused_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.complaints_log.properties.columns.properties.refused_reason.type,parentSchema:schema21.properties.complaints_log.properties.columns.properties.refused_reason,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/complaints_log/columns",schemaPath:"#/properties/complaints_log/properties/columns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.complaints_log.properties.columns.type,parentSchema:schema21.properties.complaints_log.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/complaints_log",schemaPath:"#/properties/complaints_log/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.complaints_log.type,parentSchema:schema21.properties.complaints_log,data:data4};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.figures !== undefined){
let data16 = data.figures;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
if(!(((((key4 === "stage_1") || (key4 === "stage_2")) || (key4 === "outcomes")) || (key4 === "categories")) || (key4 === "refused"))){
const err46 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.figures,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.stage_1 !== undefined){
let data17 = data16.stage_1;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key5 in data17){
if(!(((((((key5 === "received") || (key5 === "carried_over")) || (key5 === "acknowledged_in_time")) || (key5 === "responded")) || (key5 === "responded_in_time")) || (key5 === "extended")) || (key5 === "average_days"))){
const err47 = {instancePath:instancePath+"/figures/stage_1",schemaPath:"#/definitions/stage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.received !== undefined){
let data18 = data17.received;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err48 = {instancePath:instancePath+"/figures/stage_1/received",schemaPath:"#/definitions/stage/properties/received/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.received.type,parentSchema:schema22.properties.received,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err49 = {instancePath:instancePath+"/figures/stage_1/received",schemaPath:"#/definitions/stage/properties/received/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.received,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data17.carried_over !== undefined){
let data19 = data17.carried_over;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err50 = {instancePath:instancePath+"/figures/stage_1/carried_over",schemaPath:"#/definitions/stage/properties/carried_over/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.carried_over.type,parentSchema:schema22.properties.carried_over,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err51 = {instancePath:instancePath+"/figures/stage_1/carried_over",schemaPath:"#/definitions/stage/properties/carried_over/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.carried_over,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data17.acknowledged_in_time !== undefined){
let data20 = data17.acknowledged_in_time;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err52 = {instancePath:instancePath+"/figures/stage_1/acknowledged_in_time",schemaPath:"#/definitions/stage/properties/acknowledged_in_time/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.acknowledged_in_time.type,parentSchema:schema22.properties.acknowledged_in_time,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err53 = {instancePath:instancePath+"/figures/stage_1/acknowledged_in_time",schemaPath:"#/definitions/stage/properties/acknowledged_in_time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.acknowledged_in_time,data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data17.responded !== undefined){
let data21 = data17.responded;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err54 = {instancePath:instancePath+"/figures/stage_1/responded",schemaPath:"#/definitions/stage/properties/responded/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.responded.type,parentSchema:schema22.properties.responded,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err55 = {instancePath:instancePath+"/figures/stage_1/responded",schemaPath:"#/definitions/stage/properties/responded/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.responded,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data17.responded_in_time !== undefined){
let data22 = data17.responded_in_time;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err56 = {instancePath:instancePath+"/figures/stage_1/responded_in_time",schemaPath:"#/definitions/stage/properties/responded_in_time/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.responded_in_time.type,parentSchema:schema22.properties.responded_in_time,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err57 = {instancePath:instancePath+"/figures/stage_1/responded_in_time",schemaPath:"#/definitions/stage/properties/responded_in_time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.responded_in_time,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data17.extended !== undefined){
let data23 = data17.extended;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err58 = {instancePath:instancePath+"/figures/stage_1/extended",schemaPath:"#/definitions/stage/properties/extended/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.extended.type,parentSchema:schema22.properties.extended,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err59 = {instancePath:instancePath+"/figures/stage_1/extended",schemaPath:"#/definitions/stage/properties/extended/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.extended,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data17.average_days !== undefined){
let data24 = data17.average_days;
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err60 = {instancePath:instancePath+"/figures/stage_1/average_days",schemaPath:"#/definitions/stage/properties/average_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.average_days,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/figures/stage_1/average_days",schemaPath:"#/definitions/stage/properties/average_days/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema22.properties.average_days.type,parentSchema:schema22.properties.average_days,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/figures/stage_1",schemaPath:"#/definitions/stage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data17};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data16.stage_2 !== undefined){
let data25 = data16.stage_2;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key6 in data25){
if(!(((((((key6 === "received") || (key6 === "carried_over")) || (key6 === "acknowledged_in_time")) || (key6 === "responded")) || (key6 === "responded_in_time")) || (key6 === "extended")) || (key6 === "average_days"))){
const err63 = {instancePath:instancePath+"/figures/stage_2",schemaPath:"#/definitions/stage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data25.received !== undefined){
let data26 = data25.received;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err64 = {instancePath:instancePath+"/figures/stage_2/received",schemaPath:"#/definitions/stage/properties/received/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.received.type,parentSchema:schema22.properties.received,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err65 = {instancePath:instancePath+"/figures/stage_2/received",schemaPath:"#/definitions/stage/properties/received/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.received,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data25.carried_over !== undefined){
let data27 = data25.carried_over;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err66 = {instancePath:instancePath+"/figures/stage_2/carried_over",schemaPath:"#/definitions/stage/properties/carried_over/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.carried_over.type,parentSchema:schema22.properties.carried_over,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err67 = {instancePath:instancePath+"/figures/stage_2/carried_over",schemaPath:"#/definitions/stage/properties/carried_over/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.carried_over,data:data27};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
if(data25.acknowledged_in_time !== undefined){
let data28 = data25.acknowledged_in_time;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err68 = {instancePath:instancePath+"/figures/stage_2/acknowledged_in_time",schemaPath:"#/definitions/stage/properties/acknowledged_in_time/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.acknowledged_in_time.type,parentSchema:schema22.properties.acknowledged_in_time,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err69 = {instancePath:instancePath+"/figures/stage_2/acknowledged_in_time",schemaPath:"#/definitions/stage/properties/acknowledged_in_time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.acknowledged_in_time,data:data28};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data25.responded !== undefined){
let data29 = data25.responded;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err70 = {instancePath:instancePath+"/figures/stage_2/responded",schemaPath:"#/definitions/stage/properties/responded/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.responded.type,parentSchema:schema22.properties.responded,data:data29};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err71 = {instancePath:instancePath+"/figures/stage_2/responded",schemaPath:"#/definitions/stage/properties/responded/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.responded,data:data29};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data25.responded_in_time !== undefined){
let data30 = data25.responded_in_time;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err72 = {instancePath:instancePath+"/figures/stage_2/responded_in_time",schemaPath:"#/definitions/stage/properties/responded_in_time/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.responded_in_time.type,parentSchema:schema22.properties.responded_in_time,data:data30};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err73 = {instancePath:instancePath+"/figures/stage_2/responded_in_time",schemaPath:"#/definitions/stage/properties/responded_in_time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.responded_in_time,data:data30};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
if(data25.extended !== undefined){
let data31 = data25.extended;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err74 = {instancePath:instancePath+"/figures/stage_2/extended",schemaPath:"#/definitions/stage/properties/extended/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.extended.type,parentSchema:schema22.properties.extended,data:data31};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err75 = {instancePath:instancePath+"/figures/stage_2/extended",schemaPath:"#/definitions/stage/properties/extended/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.extended,data:data31};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data25.average_days !== undefined){
let data32 = data25.average_days;
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err76 = {instancePath:instancePath+"/figures/stage_2/average_days",schemaPath:"#/definitions/stage/properties/average_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.average_days,data:data32};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/figures/stage_2/average_days",schemaPath:"#/definitions/stage/properties/average_days/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema22.properties.average_days.type,parentSchema:schema22.properties.average_days,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/figures/stage_2",schemaPath:"#/definitions/stage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data25};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data16.outcomes !== undefined){
let data33 = data16.outcomes;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key7 in data33){
if(!((key7 === "stage_1") || (key7 === "stage_2"))){
const err79 = {instancePath:instancePath+"/figures/outcomes",schemaPath:"#/properties/figures/properties/outcomes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.figures.properties.outcomes,data:data33};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data33.stage_1 !== undefined){
let data34 = data33.stage_1;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key8 in data34){
if(!((((key8 === "upheld") || (key8 === "partly_upheld")) || (key8 === "not_upheld")) || (key8 === "withdrawn"))){
const err80 = {instancePath:instancePath+"/figures/outcomes/stage_1",schemaPath:"#/definitions/outcomes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data34};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data34.upheld !== undefined){
let data35 = data34.upheld;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err81 = {instancePath:instancePath+"/figures/outcomes/stage_1/upheld",schemaPath:"#/definitions/outcomes/properties/upheld/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.properties.upheld.type,parentSchema:schema24.properties.upheld,data:data35};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 0 || isNaN(data35)){
const err82 = {instancePath:instancePath+"/figures/outcomes/stage_1/upheld",schemaPath:"#/definitions/outcomes/properties/upheld/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.upheld,data:data35};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data34.partly_upheld !== undefined){
let data36 = data34.partly_upheld;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err83 = {instancePath:instancePath+"/figures/outcomes/stage_1/partly_upheld",schemaPath:"#/definitions/outcomes/properties/partly_upheld/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.properties.partly_upheld.type,parentSchema:schema24.properties.partly_upheld,data:data36};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
const err84 = {instancePath:instancePath+"/figures/outcomes/stage_1/partly_upheld",schemaPath:"#/definitions/outcomes/properties/partly_upheld/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.partly_upheld,data:data36};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data34.not_upheld !== undefined){
let data37 = data34.not_upheld;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err85 = {instancePath:instancePath+"/figures/outcomes/stage_1/not_upheld",schemaPath:"#/definitions/outcomes/properties/not_upheld/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.properties.not_upheld.type,parentSchema:schema24.properties.not_upheld,data:data37};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 0 || isNaN(data37)){
const err86 = {instancePath:instancePath+"/figures/outcomes/stage_1/not_upheld",schemaPath:"#/definitions/outcomes/properties/not_upheld/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.not_upheld,data:data37};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
if(data34.withdrawn !== undefined){
let data38 = data34.withdrawn;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err87 = {instancePath:instancePath+"/figures/outcomes/stage_1/withdrawn",schemaPath:"#/definitions/outcomes/properties/withdrawn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.properties.withdrawn.type,parentSchema:schema24.properties.withdrawn,data:data38};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err88 = {instancePath:instancePath+"/figures/outcomes/stage_1/withdrawn",schemaPath:"#/definitions/outcomes/properties/withdrawn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.withdrawn,data:data38};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
}
else {
const err89 = {instancePath:instancePath+"/figures/outcomes/stage_1",schemaPath:"#/definitions/outcomes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data34};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data33.stage_2 !== undefined){
let data39 = data33.stage_2;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key9 in data39){
if(!((((key9 === "upheld") || (key9 === "partly_upheld")) || (key9 === "not_upheld")) || (key9 === "withdrawn"))){
const err90 = {instancePath:instancePath+"/figures/outcomes/stage_2",schemaPath:"#/definitions/outcomes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data39};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data39.upheld !== undefined){
let data40 = data39.upheld;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err91 = {instancePath:instancePath+"/figures/outcomes/stage_2/upheld",schemaPath:"#/definitions/outcomes/properties/upheld/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.properties.upheld.type,parentSchema:schema24.properties.upheld,data:data40};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 0 || isNaN(data40)){
const err92 = {instancePath:instancePath+"/figures/outcomes/stage_2/upheld",schemaPath:"#/definitions/outcomes/properties/upheld/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.upheld,data:data40};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
if(data39.partly_upheld !== undefined){
let data41 = data39.partly_upheld;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err93 = {instancePath:instancePath+"/figures/outcomes/stage_2/partly_upheld",schemaPath:"#/definitions/outcomes/properties/partly_upheld/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.properties.partly_upheld.type,parentSchema:schema24.properties.partly_upheld,data:data41};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
const err94 = {instancePath:instancePath+"/figures/outcomes/stage_2/partly_upheld",schemaPath:"#/definitions/outcomes/properties/partly_upheld/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.partly_upheld,data:data41};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
if(data39.not_upheld !== undefined){
let data42 = data39.not_upheld;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err95 = {instancePath:instancePath+"/figures/outcomes/stage_2/not_upheld",schemaPath:"#/definitions/outcomes/properties/not_upheld/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.properties.not_upheld.type,parentSchema:schema24.properties.not_upheld,data:data42};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 < 0 || isNaN(data42)){
const err96 = {instancePath:instancePath+"/figures/outcomes/stage_2/not_upheld",schemaPath:"#/definitions/outcomes/properties/not_upheld/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.not_upheld,data:data42};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
if(data39.withdrawn !== undefined){
let data43 = data39.withdrawn;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err97 = {instancePath:instancePath+"/figures/outcomes/stage_2/withdrawn",schemaPath:"#/definitions/outcomes/properties/withdrawn/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.properties.withdrawn.type,parentSchema:schema24.properties.withdrawn,data:data43};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 < 0 || isNaN(data43)){
const err98 = {instancePath:instancePath+"/figures/outcomes/stage_2/withdrawn",schemaPath:"#/definitions/outcomes/properties/withdrawn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.withdrawn,data:data43};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
}
else {
const err99 = {instancePath:instancePath+"/figures/outcomes/stage_2",schemaPath:"#/definitions/outcomes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data39};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/figures/outcomes",schemaPath:"#/properties/figures/properties/outcomes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.figures.properties.outcomes.type,parentSchema:schema21.properties.figures.properties.outcomes,data:data33};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data16.categories !== undefined){
let data44 = data16.categories;
if(Array.isArray(data44)){
const len0 = data44.length;
for(let i0=0; i0<len0; i0++){
let data45 = data44[i0];
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.category === undefined){
const err101 = {instancePath:instancePath+"/figures/categories/" + i0,schemaPath:"#/properties/figures/properties/categories/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema21.properties.figures.properties.categories.items.required,parentSchema:schema21.properties.figures.properties.categories.items,data:data45};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data45.count === undefined){
const err102 = {instancePath:instancePath+"/figures/categories/" + i0,schemaPath:"#/properties/figures/properties/categories/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema21.properties.figures.properties.categories.items.required,parentSchema:schema21.properties.figures.properties.categories.items,data:data45};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key10 in data45){
if(!((key10 === "category") || (key10 === "count"))){
const err103 = {instancePath:instancePath+"/figures/categories/" + i0,schemaPath:"#/properties/figures/properties/categories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.figures.properties.categories.items,data:data45};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data45.category !== undefined){
let data46 = data45.category;
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err104 = {instancePath:instancePath+"/figures/categories/" + i0+"/category",schemaPath:"#/properties/figures/properties/categories/items/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.figures.properties.categories.items.properties.category,data:data46};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/figures/categories/" + i0+"/category",schemaPath:"#/properties/figures/properties/categories/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.figures.properties.categories.items.properties.category.type,parentSchema:schema21.properties.figures.properties.categories.items.properties.category,data:data46};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data45.count !== undefined){
let data47 = data45.count;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err106 = {instancePath:instancePath+"/figures/categories/" + i0+"/count",schemaPath:"#/properties/figures/properties/categories/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.figures.properties.categories.items.properties.count.type,parentSchema:schema21.properties.figures.properties.categories.items.properties.count,data:data47};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 0 || isNaN(data47)){
const err107 = {instancePath:instancePath+"/figures/categories/" + i0+"/count",schemaPath:"#/properties/figures/properties/categories/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.figures.properties.categories.items.properties.count,data:data47};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
}
else {
const err108 = {instancePath:instancePath+"/figures/categories/" + i0,schemaPath:"#/properties/figures/properties/categories/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.figures.properties.categories.items.type,parentSchema:schema21.properties.figures.properties.categories.items,data:data45};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/figures/categories",schemaPath:"#/properties/figures/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.figures.properties.categories.type,parentSchema:schema21.properties.figures.properties.categories,data:data44};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data16.refused !== undefined){
let data48 = data16.refused;
if(Array.isArray(data48)){
const len1 = data48.length;
for(let i1=0; i1<len1; i1++){
let data49 = data48[i1];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.reason === undefined){
const err110 = {instancePath:instancePath+"/figures/refused/" + i1,schemaPath:"#/properties/figures/properties/refused/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema21.properties.figures.properties.refused.items.required,parentSchema:schema21.properties.figures.properties.refused.items,data:data49};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data49.count === undefined){
const err111 = {instancePath:instancePath+"/figures/refused/" + i1,schemaPath:"#/properties/figures/properties/refused/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema21.properties.figures.properties.refused.items.required,parentSchema:schema21.properties.figures.properties.refused.items,data:data49};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key11 in data49){
if(!((key11 === "reason") || (key11 === "count"))){
const err112 = {instancePath:instancePath+"/figures/refused/" + i1,schemaPath:"#/properties/figures/properties/refused/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.figures.properties.refused.items,data:data49};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data49.reason !== undefined){
let data50 = data49.reason;
if(typeof data50 === "string"){
if(func3(data50) < 1){
const err113 = {instancePath:instancePath+"/figures/refused/" + i1+"/reason",schemaPath:"#/properties/figures/properties/refused/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.figures.properties.refused.items.properties.reason,data:data50};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/figures/refused/" + i1+"/reason",schemaPath:"#/properties/figures/properties/refused/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.figures.properties.refused.items.properties.reason.type,parentSchema:schema21.properties.figures.properties.refused.items.properties.reason,data:data50};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data49.count !== undefined){
let data51 = data49.count;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err115 = {instancePath:instancePath+"/figures/refused/" + i1+"/count",schemaPath:"#/properties/figures/properties/refused/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.figures.properties.refused.items.properties.count.type,parentSchema:schema21.properties.figures.properties.refused.items.properties.count,data:data51};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err116 = {instancePath:instancePath+"/figures/refused/" + i1+"/count",schemaPath:"#/properties/figures/properties/refused/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.figures.properties.refused.items.properties.count,data:data51};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
}
else {
const err117 = {instancePath:instancePath+"/figures/refused/" + i1,schemaPath:"#/properties/figures/properties/refused/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.figures.properties.refused.items.type,parentSchema:schema21.properties.figures.properties.refused.items,data:data49};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/figures/refused",schemaPath:"#/properties/figures/properties/refused/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.figures.properties.refused.type,parentSchema:schema21.properties.figures.properties.refused,data:data48};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.figures.type,parentSchema:schema21.properties.figures,data:data16};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.analysis !== undefined){
let data52 = data.analysis;
if(typeof data52 === "string"){
if(func3(data52) < 1){
const err120 = {instancePath:instancePath+"/analysis",schemaPath:"#/properties/analysis/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.analysis,data:data52};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/analysis",schemaPath:"#/properties/analysis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.analysis.type,parentSchema:schema21.properties.analysis,data:data52};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.tp09 !== undefined){
let data53 = data.tp09;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.respondents === undefined){
const err122 = {instancePath:instancePath+"/tp09",schemaPath:"#/properties/tp09/required",keyword:"required",params:{missingProperty: "respondents"},message:"must have required property '"+"respondents"+"'",schema:schema21.properties.tp09.required,parentSchema:schema21.properties.tp09,data:data53};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data53.satisfied === undefined){
const err123 = {instancePath:instancePath+"/tp09",schemaPath:"#/properties/tp09/required",keyword:"required",params:{missingProperty: "satisfied"},message:"must have required property '"+"satisfied"+"'",schema:schema21.properties.tp09.required,parentSchema:schema21.properties.tp09,data:data53};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
for(const key12 in data53){
if(!(((key12 === "respondents") || (key12 === "satisfied")) || (key12 === "survey"))){
const err124 = {instancePath:instancePath+"/tp09",schemaPath:"#/properties/tp09/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.tp09,data:data53};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data53.respondents !== undefined){
let data54 = data53.respondents;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err125 = {instancePath:instancePath+"/tp09/respondents",schemaPath:"#/properties/tp09/properties/respondents/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.tp09.properties.respondents.type,parentSchema:schema21.properties.tp09.properties.respondents,data:data54};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
const err126 = {instancePath:instancePath+"/tp09/respondents",schemaPath:"#/properties/tp09/properties/respondents/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.tp09.properties.respondents,data:data54};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
if(data53.satisfied !== undefined){
let data55 = data53.satisfied;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err127 = {instancePath:instancePath+"/tp09/satisfied",schemaPath:"#/properties/tp09/properties/satisfied/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.tp09.properties.satisfied.type,parentSchema:schema21.properties.tp09.properties.satisfied,data:data55};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 0 || isNaN(data55)){
const err128 = {instancePath:instancePath+"/tp09/satisfied",schemaPath:"#/properties/tp09/properties/satisfied/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.tp09.properties.satisfied,data:data55};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
if(data53.survey !== undefined){
let data56 = data53.survey;
if(typeof data56 === "string"){
if(func3(data56) < 1){
const err129 = {instancePath:instancePath+"/tp09/survey",schemaPath:"#/properties/tp09/properties/survey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.tp09.properties.survey,data:data56};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/tp09/survey",schemaPath:"#/properties/tp09/properties/survey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.tp09.properties.survey.type,parentSchema:schema21.properties.tp09.properties.survey,data:data56};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/tp09",schemaPath:"#/properties/tp09/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.tp09.type,parentSchema:schema21.properties.tp09,data:data53};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.ombudsman !== undefined){
let data57 = data.ombudsman;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.determinations === undefined){
const err132 = {instancePath:instancePath+"/ombudsman",schemaPath:"#/properties/ombudsman/required",keyword:"required",params:{missingProperty: "determinations"},message:"must have required property '"+"determinations"+"'",schema:schema21.properties.ombudsman.required,parentSchema:schema21.properties.ombudsman,data:data57};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data57.complaint_handling_failure_orders === undefined){
const err133 = {instancePath:instancePath+"/ombudsman",schemaPath:"#/properties/ombudsman/required",keyword:"required",params:{missingProperty: "complaint_handling_failure_orders"},message:"must have required property '"+"complaint_handling_failure_orders"+"'",schema:schema21.properties.ombudsman.required,parentSchema:schema21.properties.ombudsman,data:data57};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data57.code_non_compliance === undefined){
const err134 = {instancePath:instancePath+"/ombudsman",schemaPath:"#/properties/ombudsman/required",keyword:"required",params:{missingProperty: "code_non_compliance"},message:"must have required property '"+"code_non_compliance"+"'",schema:schema21.properties.ombudsman.required,parentSchema:schema21.properties.ombudsman,data:data57};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
for(const key13 in data57){
if(!(((key13 === "determinations") || (key13 === "complaint_handling_failure_orders")) || (key13 === "code_non_compliance"))){
const err135 = {instancePath:instancePath+"/ombudsman",schemaPath:"#/properties/ombudsman/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.ombudsman,data:data57};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data57.determinations !== undefined){
let data58 = data57.determinations;
const _errs136 = errors;
let valid22 = true;
const _errs137 = errors;
if(errors === _errs137){
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
let missing0;
if((data58.none === undefined) && (missing0 = "none")){
const err136 = {};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
var _valid0 = _errs137 === errors;
errors = _errs136;
if(vErrors !== null){
if(_errs136){
vErrors.length = _errs136;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs139 = errors;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.none === undefined){
const err138 = {instancePath:instancePath+"/ombudsman/determinations",schemaPath:"#/definitions/nothing/required",keyword:"required",params:{missingProperty: "none"},message:"must have required property '"+"none"+"'",schema:schema26.required,parentSchema:schema26,data:data58};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
for(const key14 in data58){
if(!(key14 === "none")){
const err139 = {instancePath:instancePath+"/ombudsman/determinations",schemaPath:"#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data58};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data58.none !== undefined){
let data59 = data58.none;
if(typeof data59 === "string"){
if(func3(data59) < 1){
const err140 = {instancePath:instancePath+"/ombudsman/determinations/none",schemaPath:"#/definitions/nothing/properties/none/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.none,data:data59};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/ombudsman/determinations/none",schemaPath:"#/definitions/nothing/properties/none/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.none.type,parentSchema:schema26.properties.none,data:data59};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/ombudsman/determinations",schemaPath:"#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data58};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
var _valid0 = _errs139 === errors;
valid22 = _valid0;
ifClause0 = "then";
}
else {
const _errs145 = errors;
if(Array.isArray(data58)){
if(data58.length < 1){
const err143 = {instancePath:instancePath+"/ombudsman/determinations",schemaPath:"#/properties/ombudsman/properties/determinations/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema21.properties.ombudsman.properties.determinations.else,data:data58};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
const len2 = data58.length;
for(let i2=0; i2<len2; i2++){
let data60 = data58[i2];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.reference === undefined){
const err144 = {instancePath:instancePath+"/ombudsman/determinations/" + i2,schemaPath:"#/properties/ombudsman/properties/determinations/else/items/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'",schema:schema21.properties.ombudsman.properties.determinations.else.items.required,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items,data:data60};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data60.finding === undefined){
const err145 = {instancePath:instancePath+"/ombudsman/determinations/" + i2,schemaPath:"#/properties/ombudsman/properties/determinations/else/items/required",keyword:"required",params:{missingProperty: "finding"},message:"must have required property '"+"finding"+"'",schema:schema21.properties.ombudsman.properties.determinations.else.items.required,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items,data:data60};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
for(const key15 in data60){
if(!((((((key15 === "reference") || (key15 === "date")) || (key15 === "finding")) || (key15 === "compensation")) || (key15 === "orders")) || (key15 === "summary"))){
const err146 = {instancePath:instancePath+"/ombudsman/determinations/" + i2,schemaPath:"#/properties/ombudsman/properties/determinations/else/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items,data:data60};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data60.reference !== undefined){
let data61 = data60.reference;
if(typeof data61 === "string"){
if(func3(data61) < 1){
const err147 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/reference",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.reference,data:data61};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/reference",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.determinations.else.items.properties.reference.type,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.reference,data:data61};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data60.date !== undefined){
let data62 = data60.date;
if(typeof data62 === "string"){
if(func3(data62) < 1){
const err149 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/date",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/date/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.date,data:data62};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(!(formats0.validate(data62))){
const err150 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/date",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.date,data:data62};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/date",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.determinations.else.items.properties.date.type,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.date,data:data62};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data60.finding !== undefined){
let data63 = data60.finding;
if(!((((((data63 === "severe maladministration") || (data63 === "maladministration")) || (data63 === "service failure")) || (data63 === "no maladministration")) || (data63 === "reasonable redress")) || (data63 === "outside jurisdiction"))){
const err152 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/finding",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/finding/enum",keyword:"enum",params:{allowedValues: schema21.properties.ombudsman.properties.determinations.else.items.properties.finding.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.ombudsman.properties.determinations.else.items.properties.finding.enum,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.finding,data:data63};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data60.compensation !== undefined){
let data64 = data60.compensation;
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 0 || isNaN(data64)){
const err153 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/compensation",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/compensation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.compensation,data:data64};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/compensation",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/compensation/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.ombudsman.properties.determinations.else.items.properties.compensation.type,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.compensation,data:data64};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data60.orders !== undefined){
let data65 = data60.orders;
if(typeof data65 === "string"){
if(func3(data65) < 1){
const err155 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/orders",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/orders/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.orders,data:data65};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/orders",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/orders/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.determinations.else.items.properties.orders.type,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.orders,data:data65};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data60.summary !== undefined){
let data66 = data60.summary;
if(typeof data66 === "string"){
if(func3(data66) < 1){
const err157 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/summary",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.summary,data:data66};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/ombudsman/determinations/" + i2+"/summary",schemaPath:"#/properties/ombudsman/properties/determinations/else/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.determinations.else.items.properties.summary.type,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items.properties.summary,data:data66};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/ombudsman/determinations/" + i2,schemaPath:"#/properties/ombudsman/properties/determinations/else/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.ombudsman.properties.determinations.else.items.type,parentSchema:schema21.properties.ombudsman.properties.determinations.else.items,data:data60};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/ombudsman/determinations",schemaPath:"#/properties/ombudsman/properties/determinations/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.ombudsman.properties.determinations.else.type,parentSchema:schema21.properties.ombudsman.properties.determinations.else,data:data58};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var _valid0 = _errs145 === errors;
valid22 = _valid0;
ifClause0 = "else";
}
if(!valid22){
const err161 = {instancePath:instancePath+"/ombudsman/determinations",schemaPath:"#/properties/ombudsman/properties/determinations/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema21.properties.ombudsman.properties.determinations.if,parentSchema:schema21.properties.ombudsman.properties.determinations,data:data58};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data57.complaint_handling_failure_orders !== undefined){
let data67 = data57.complaint_handling_failure_orders;
const _errs162 = errors;
let valid28 = true;
const _errs163 = errors;
if(errors === _errs163){
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
let missing1;
if((data67.none === undefined) && (missing1 = "none")){
const err162 = {};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
var _valid1 = _errs163 === errors;
errors = _errs162;
if(vErrors !== null){
if(_errs162){
vErrors.length = _errs162;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs165 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.none === undefined){
const err164 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders",schemaPath:"#/definitions/nothing/required",keyword:"required",params:{missingProperty: "none"},message:"must have required property '"+"none"+"'",schema:schema26.required,parentSchema:schema26,data:data67};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
for(const key16 in data67){
if(!(key16 === "none")){
const err165 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders",schemaPath:"#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data67};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data67.none !== undefined){
let data68 = data67.none;
if(typeof data68 === "string"){
if(func3(data68) < 1){
const err166 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/none",schemaPath:"#/definitions/nothing/properties/none/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.none,data:data68};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/none",schemaPath:"#/definitions/nothing/properties/none/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.none.type,parentSchema:schema26.properties.none,data:data68};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders",schemaPath:"#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data67};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var _valid1 = _errs165 === errors;
valid28 = _valid1;
ifClause1 = "then";
}
else {
const _errs171 = errors;
if(Array.isArray(data67)){
if(data67.length < 1){
const err169 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else,data:data67};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
const len3 = data67.length;
for(let i3=0; i3<len3; i3++){
let data69 = data67[i3];
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.date === undefined){
const err170 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3,schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.required,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items,data:data69};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data69.reason === undefined){
const err171 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3,schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.required,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items,data:data69};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
for(const key17 in data69){
if(!(((key17 === "date") || (key17 === "reason")) || (key17 === "url"))){
const err172 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3,schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items,data:data69};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data69.date !== undefined){
let data70 = data69.date;
if(typeof data70 === "string"){
if(func3(data70) < 1){
const err173 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3+"/date",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/properties/date/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.date,data:data70};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(!(formats0.validate(data70))){
const err174 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3+"/date",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.date,data:data70};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3+"/date",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.date.type,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.date,data:data70};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data69.reason !== undefined){
let data71 = data69.reason;
if(typeof data71 === "string"){
if(func3(data71) < 1){
const err176 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3+"/reason",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.reason,data:data71};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3+"/reason",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.reason.type,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.reason,data:data71};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data69.url !== undefined){
let data72 = data69.url;
if(typeof data72 === "string"){
if(func3(data72) < 1){
const err178 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3+"/url",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.url,data:data72};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(!pattern6.test(data72)){
const err179 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3+"/url",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.url,data:data72};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
else {
const err180 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3+"/url",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.url.type,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.properties.url,data:data72};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders/" + i3,schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items.type,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.items,data:data69};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else.type,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.else,data:data67};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
var _valid1 = _errs171 === errors;
valid28 = _valid1;
ifClause1 = "else";
}
if(!valid28){
const err183 = {instancePath:instancePath+"/ombudsman/complaint_handling_failure_orders",schemaPath:"#/properties/ombudsman/properties/complaint_handling_failure_orders/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders.if,parentSchema:schema21.properties.ombudsman.properties.complaint_handling_failure_orders,data:data67};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data57.code_non_compliance !== undefined){
let data73 = data57.code_non_compliance;
const _errs183 = errors;
let valid34 = true;
const _errs184 = errors;
if(errors === _errs184){
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
let missing2;
if((data73.none === undefined) && (missing2 = "none")){
const err184 = {};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
var _valid2 = _errs184 === errors;
errors = _errs183;
if(vErrors !== null){
if(_errs183){
vErrors.length = _errs183;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs186 = errors;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.none === undefined){
const err186 = {instancePath:instancePath+"/ombudsman/code_non_compliance",schemaPath:"#/definitions/nothing/required",keyword:"required",params:{missingProperty: "none"},message:"must have required property '"+"none"+"'",schema:schema26.required,parentSchema:schema26,data:data73};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
for(const key18 in data73){
if(!(key18 === "none")){
const err187 = {instancePath:instancePath+"/ombudsman/code_non_compliance",schemaPath:"#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data73};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data73.none !== undefined){
let data74 = data73.none;
if(typeof data74 === "string"){
if(func3(data74) < 1){
const err188 = {instancePath:instancePath+"/ombudsman/code_non_compliance/none",schemaPath:"#/definitions/nothing/properties/none/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.none,data:data74};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/ombudsman/code_non_compliance/none",schemaPath:"#/definitions/nothing/properties/none/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.none.type,parentSchema:schema26.properties.none,data:data74};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/ombudsman/code_non_compliance",schemaPath:"#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data73};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
var _valid2 = _errs186 === errors;
valid34 = _valid2;
ifClause2 = "then";
}
else {
const _errs192 = errors;
if(Array.isArray(data73)){
if(data73.length < 1){
const err191 = {instancePath:instancePath+"/ombudsman/code_non_compliance",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else,data:data73};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
const len4 = data73.length;
for(let i4=0; i4<len4; i4++){
let data75 = data73[i4];
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.finding === undefined){
const err192 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4,schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/required",keyword:"required",params:{missingProperty: "finding"},message:"must have required property '"+"finding"+"'",schema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.required,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items,data:data75};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
for(const key19 in data75){
if(!(((key19 === "date") || (key19 === "finding")) || (key19 === "response"))){
const err193 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4,schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items,data:data75};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data75.date !== undefined){
let data76 = data75.date;
if(typeof data76 === "string"){
if(func3(data76) < 1){
const err194 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4+"/date",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/properties/date/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.date,data:data76};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(!(formats0.validate(data76))){
const err195 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4+"/date",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.date,data:data76};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4+"/date",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.date.type,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.date,data:data76};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data75.finding !== undefined){
let data77 = data75.finding;
if(typeof data77 === "string"){
if(func3(data77) < 1){
const err197 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4+"/finding",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/properties/finding/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.finding,data:data77};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
else {
const err198 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4+"/finding",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/properties/finding/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.finding.type,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.finding,data:data77};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data75.response !== undefined){
let data78 = data75.response;
if(typeof data78 === "string"){
if(func3(data78) < 1){
const err199 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4+"/response",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/properties/response/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.response,data:data78};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4+"/response",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/properties/response/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.response.type,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.properties.response,data:data78};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
else {
const err201 = {instancePath:instancePath+"/ombudsman/code_non_compliance/" + i4,schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.ombudsman.properties.code_non_compliance.else.items.type,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else.items,data:data75};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
else {
const err202 = {instancePath:instancePath+"/ombudsman/code_non_compliance",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.ombudsman.properties.code_non_compliance.else.type,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance.else,data:data73};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
var _valid2 = _errs192 === errors;
valid34 = _valid2;
ifClause2 = "else";
}
if(!valid34){
const err203 = {instancePath:instancePath+"/ombudsman/code_non_compliance",schemaPath:"#/properties/ombudsman/properties/code_non_compliance/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema21.properties.ombudsman.properties.code_non_compliance.if,parentSchema:schema21.properties.ombudsman.properties.code_non_compliance,data:data73};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/ombudsman",schemaPath:"#/properties/ombudsman/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.ombudsman.type,parentSchema:schema21.properties.ombudsman,data:data57};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data.learning !== undefined){
let data79 = data.learning;
const _errs204 = errors;
let valid40 = true;
const _errs205 = errors;
if(errors === _errs205){
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
let missing3;
if((data79.none === undefined) && (missing3 = "none")){
const err205 = {};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
var _valid3 = _errs205 === errors;
errors = _errs204;
if(vErrors !== null){
if(_errs204){
vErrors.length = _errs204;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid3){
const _errs207 = errors;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.none === undefined){
const err207 = {instancePath:instancePath+"/learning",schemaPath:"#/definitions/nothing/required",keyword:"required",params:{missingProperty: "none"},message:"must have required property '"+"none"+"'",schema:schema26.required,parentSchema:schema26,data:data79};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
for(const key20 in data79){
if(!(key20 === "none")){
const err208 = {instancePath:instancePath+"/learning",schemaPath:"#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data79};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data79.none !== undefined){
let data80 = data79.none;
if(typeof data80 === "string"){
if(func3(data80) < 1){
const err209 = {instancePath:instancePath+"/learning/none",schemaPath:"#/definitions/nothing/properties/none/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.none,data:data80};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/learning/none",schemaPath:"#/definitions/nothing/properties/none/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.none.type,parentSchema:schema26.properties.none,data:data80};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
else {
const err211 = {instancePath:instancePath+"/learning",schemaPath:"#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data79};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
var _valid3 = _errs207 === errors;
valid40 = _valid3;
ifClause3 = "then";
}
else {
const _errs213 = errors;
if(Array.isArray(data79)){
if(data79.length < 1){
const err212 = {instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema21.properties.learning.else,data:data79};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
const len5 = data79.length;
for(let i5=0; i5<len5; i5++){
let data81 = data79[i5];
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.learned === undefined){
const err213 = {instancePath:instancePath+"/learning/" + i5,schemaPath:"#/properties/learning/else/items/required",keyword:"required",params:{missingProperty: "learned"},message:"must have required property '"+"learned"+"'",schema:schema21.properties.learning.else.items.required,parentSchema:schema21.properties.learning.else.items,data:data81};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(data81.changed === undefined){
const err214 = {instancePath:instancePath+"/learning/" + i5,schemaPath:"#/properties/learning/else/items/required",keyword:"required",params:{missingProperty: "changed"},message:"must have required property '"+"changed"+"'",schema:schema21.properties.learning.else.items.required,parentSchema:schema21.properties.learning.else.items,data:data81};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
for(const key21 in data81){
if(!(((key21 === "learned") || (key21 === "changed")) || (key21 === "when"))){
const err215 = {instancePath:instancePath+"/learning/" + i5,schemaPath:"#/properties/learning/else/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.learning.else.items,data:data81};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data81.learned !== undefined){
let data82 = data81.learned;
if(typeof data82 === "string"){
if(func3(data82) < 1){
const err216 = {instancePath:instancePath+"/learning/" + i5+"/learned",schemaPath:"#/properties/learning/else/items/properties/learned/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.learning.else.items.properties.learned,data:data82};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
else {
const err217 = {instancePath:instancePath+"/learning/" + i5+"/learned",schemaPath:"#/properties/learning/else/items/properties/learned/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.learning.else.items.properties.learned.type,parentSchema:schema21.properties.learning.else.items.properties.learned,data:data82};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data81.changed !== undefined){
let data83 = data81.changed;
if(typeof data83 === "string"){
if(func3(data83) < 1){
const err218 = {instancePath:instancePath+"/learning/" + i5+"/changed",schemaPath:"#/properties/learning/else/items/properties/changed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.learning.else.items.properties.changed,data:data83};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
else {
const err219 = {instancePath:instancePath+"/learning/" + i5+"/changed",schemaPath:"#/properties/learning/else/items/properties/changed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.learning.else.items.properties.changed.type,parentSchema:schema21.properties.learning.else.items.properties.changed,data:data83};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data81.when !== undefined){
let data84 = data81.when;
if(typeof data84 === "string"){
if(func3(data84) < 1){
const err220 = {instancePath:instancePath+"/learning/" + i5+"/when",schemaPath:"#/properties/learning/else/items/properties/when/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.learning.else.items.properties.when,data:data84};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/learning/" + i5+"/when",schemaPath:"#/properties/learning/else/items/properties/when/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.learning.else.items.properties.when.type,parentSchema:schema21.properties.learning.else.items.properties.when,data:data84};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
else {
const err222 = {instancePath:instancePath+"/learning/" + i5,schemaPath:"#/properties/learning/else/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.learning.else.items.type,parentSchema:schema21.properties.learning.else.items,data:data81};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
else {
const err223 = {instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.learning.else.type,parentSchema:schema21.properties.learning.else,data:data79};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
var _valid3 = _errs213 === errors;
valid40 = _valid3;
ifClause3 = "else";
}
if(!valid40){
const err224 = {instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema",schema:schema21.properties.learning.if,parentSchema:schema21.properties.learning,data:data79};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data.ombudsman_annual_report !== undefined){
let data85 = data.ombudsman_annual_report;
const _errs225 = errors;
let valid46 = true;
const _errs226 = errors;
if(errors === _errs226){
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
let missing4;
if((data85.none === undefined) && (missing4 = "none")){
const err225 = {};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
var _valid4 = _errs226 === errors;
errors = _errs225;
if(vErrors !== null){
if(_errs225){
vErrors.length = _errs225;
}
else {
vErrors = null;
}
}
let ifClause4;
if(_valid4){
const _errs228 = errors;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85.none === undefined){
const err227 = {instancePath:instancePath+"/ombudsman_annual_report",schemaPath:"#/definitions/nothing/required",keyword:"required",params:{missingProperty: "none"},message:"must have required property '"+"none"+"'",schema:schema26.required,parentSchema:schema26,data:data85};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
for(const key22 in data85){
if(!(key22 === "none")){
const err228 = {instancePath:instancePath+"/ombudsman_annual_report",schemaPath:"#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data85};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data85.none !== undefined){
let data86 = data85.none;
if(typeof data86 === "string"){
if(func3(data86) < 1){
const err229 = {instancePath:instancePath+"/ombudsman_annual_report/none",schemaPath:"#/definitions/nothing/properties/none/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.none,data:data86};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
else {
const err230 = {instancePath:instancePath+"/ombudsman_annual_report/none",schemaPath:"#/definitions/nothing/properties/none/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.none.type,parentSchema:schema26.properties.none,data:data86};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
else {
const err231 = {instancePath:instancePath+"/ombudsman_annual_report",schemaPath:"#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data85};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
var _valid4 = _errs228 === errors;
valid46 = _valid4;
ifClause4 = "then";
}
else {
const _errs234 = errors;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85.title === undefined){
const err232 = {instancePath:instancePath+"/ombudsman_annual_report",schemaPath:"#/properties/ombudsman_annual_report/else/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema21.properties.ombudsman_annual_report.else.required,parentSchema:schema21.properties.ombudsman_annual_report.else,data:data85};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(data85.url === undefined){
const err233 = {instancePath:instancePath+"/ombudsman_annual_report",schemaPath:"#/properties/ombudsman_annual_report/else/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema21.properties.ombudsman_annual_report.else.required,parentSchema:schema21.properties.ombudsman_annual_report.else,data:data85};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
for(const key23 in data85){
if(!(((key23 === "title") || (key23 === "url")) || (key23 === "summary"))){
const err234 = {instancePath:instancePath+"/ombudsman_annual_report",schemaPath:"#/properties/ombudsman_annual_report/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.ombudsman_annual_report.else,data:data85};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data85.title !== undefined){
let data87 = data85.title;
if(typeof data87 === "string"){
if(func3(data87) < 1){
const err235 = {instancePath:instancePath+"/ombudsman_annual_report/title",schemaPath:"#/properties/ombudsman_annual_report/else/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman_annual_report.else.properties.title,data:data87};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
else {
const err236 = {instancePath:instancePath+"/ombudsman_annual_report/title",schemaPath:"#/properties/ombudsman_annual_report/else/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman_annual_report.else.properties.title.type,parentSchema:schema21.properties.ombudsman_annual_report.else.properties.title,data:data87};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data85.url !== undefined){
let data88 = data85.url;
if(typeof data88 === "string"){
if(func3(data88) < 1){
const err237 = {instancePath:instancePath+"/ombudsman_annual_report/url",schemaPath:"#/properties/ombudsman_annual_report/else/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman_annual_report.else.properties.url,data:data88};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(!pattern6.test(data88)){
const err238 = {instancePath:instancePath+"/ombudsman_annual_report/url",schemaPath:"#/properties/ombudsman_annual_report/else/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema21.properties.ombudsman_annual_report.else.properties.url,data:data88};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/ombudsman_annual_report/url",schemaPath:"#/properties/ombudsman_annual_report/else/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman_annual_report.else.properties.url.type,parentSchema:schema21.properties.ombudsman_annual_report.else.properties.url,data:data88};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data85.summary !== undefined){
let data89 = data85.summary;
if(typeof data89 === "string"){
if(func3(data89) < 1){
const err240 = {instancePath:instancePath+"/ombudsman_annual_report/summary",schemaPath:"#/properties/ombudsman_annual_report/else/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman_annual_report.else.properties.summary,data:data89};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
else {
const err241 = {instancePath:instancePath+"/ombudsman_annual_report/summary",schemaPath:"#/properties/ombudsman_annual_report/else/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman_annual_report.else.properties.summary.type,parentSchema:schema21.properties.ombudsman_annual_report.else.properties.summary,data:data89};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
else {
const err242 = {instancePath:instancePath+"/ombudsman_annual_report",schemaPath:"#/properties/ombudsman_annual_report/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.ombudsman_annual_report.else.type,parentSchema:schema21.properties.ombudsman_annual_report.else,data:data85};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
var _valid4 = _errs234 === errors;
valid46 = _valid4;
ifClause4 = "else";
}
if(!valid46){
const err243 = {instancePath:instancePath+"/ombudsman_annual_report",schemaPath:"#/properties/ombudsman_annual_report/if",keyword:"if",params:{failingKeyword: ifClause4},message:"must match \""+ifClause4+"\" schema",schema:schema21.properties.ombudsman_annual_report.if,parentSchema:schema21.properties.ombudsman_annual_report,data:data85};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data.ombudsman_publications !== undefined){
let data90 = data.ombudsman_publications;
const _errs244 = errors;
let valid50 = true;
const _errs245 = errors;
if(errors === _errs245){
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
let missing5;
if((data90.none === undefined) && (missing5 = "none")){
const err244 = {};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
else {
const err245 = {};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
var _valid5 = _errs245 === errors;
errors = _errs244;
if(vErrors !== null){
if(_errs244){
vErrors.length = _errs244;
}
else {
vErrors = null;
}
}
let ifClause5;
if(_valid5){
const _errs247 = errors;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.none === undefined){
const err246 = {instancePath:instancePath+"/ombudsman_publications",schemaPath:"#/definitions/nothing/required",keyword:"required",params:{missingProperty: "none"},message:"must have required property '"+"none"+"'",schema:schema26.required,parentSchema:schema26,data:data90};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
for(const key24 in data90){
if(!(key24 === "none")){
const err247 = {instancePath:instancePath+"/ombudsman_publications",schemaPath:"#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data:data90};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data90.none !== undefined){
let data91 = data90.none;
if(typeof data91 === "string"){
if(func3(data91) < 1){
const err248 = {instancePath:instancePath+"/ombudsman_publications/none",schemaPath:"#/definitions/nothing/properties/none/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.none,data:data91};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/ombudsman_publications/none",schemaPath:"#/definitions/nothing/properties/none/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.none.type,parentSchema:schema26.properties.none,data:data91};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/ombudsman_publications",schemaPath:"#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data:data90};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
var _valid5 = _errs247 === errors;
valid50 = _valid5;
ifClause5 = "then";
}
else {
const _errs253 = errors;
if(Array.isArray(data90)){
if(data90.length < 1){
const err251 = {instancePath:instancePath+"/ombudsman_publications",schemaPath:"#/properties/ombudsman_publications/else/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema21.properties.ombudsman_publications.else,data:data90};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
const len6 = data90.length;
for(let i6=0; i6<len6; i6++){
let data92 = data90[i6];
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
if(data92.title === undefined){
const err252 = {instancePath:instancePath+"/ombudsman_publications/" + i6,schemaPath:"#/properties/ombudsman_publications/else/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema21.properties.ombudsman_publications.else.items.required,parentSchema:schema21.properties.ombudsman_publications.else.items,data:data92};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
for(const key25 in data92){
if(!(((key25 === "title") || (key25 === "url")) || (key25 === "summary"))){
const err253 = {instancePath:instancePath+"/ombudsman_publications/" + i6,schemaPath:"#/properties/ombudsman_publications/else/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.ombudsman_publications.else.items,data:data92};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data92.title !== undefined){
let data93 = data92.title;
if(typeof data93 === "string"){
if(func3(data93) < 1){
const err254 = {instancePath:instancePath+"/ombudsman_publications/" + i6+"/title",schemaPath:"#/properties/ombudsman_publications/else/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman_publications.else.items.properties.title,data:data93};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/ombudsman_publications/" + i6+"/title",schemaPath:"#/properties/ombudsman_publications/else/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman_publications.else.items.properties.title.type,parentSchema:schema21.properties.ombudsman_publications.else.items.properties.title,data:data93};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data92.url !== undefined){
let data94 = data92.url;
if(typeof data94 === "string"){
if(func3(data94) < 1){
const err256 = {instancePath:instancePath+"/ombudsman_publications/" + i6+"/url",schemaPath:"#/properties/ombudsman_publications/else/items/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman_publications.else.items.properties.url,data:data94};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if(!pattern6.test(data94)){
const err257 = {instancePath:instancePath+"/ombudsman_publications/" + i6+"/url",schemaPath:"#/properties/ombudsman_publications/else/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema21.properties.ombudsman_publications.else.items.properties.url,data:data94};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/ombudsman_publications/" + i6+"/url",schemaPath:"#/properties/ombudsman_publications/else/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman_publications.else.items.properties.url.type,parentSchema:schema21.properties.ombudsman_publications.else.items.properties.url,data:data94};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data92.summary !== undefined){
let data95 = data92.summary;
if(typeof data95 === "string"){
if(func3(data95) < 1){
const err259 = {instancePath:instancePath+"/ombudsman_publications/" + i6+"/summary",schemaPath:"#/properties/ombudsman_publications/else/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.ombudsman_publications.else.items.properties.summary,data:data95};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
else {
const err260 = {instancePath:instancePath+"/ombudsman_publications/" + i6+"/summary",schemaPath:"#/properties/ombudsman_publications/else/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.ombudsman_publications.else.items.properties.summary.type,parentSchema:schema21.properties.ombudsman_publications.else.items.properties.summary,data:data95};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
}
else {
const err261 = {instancePath:instancePath+"/ombudsman_publications/" + i6,schemaPath:"#/properties/ombudsman_publications/else/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.ombudsman_publications.else.items.type,parentSchema:schema21.properties.ombudsman_publications.else.items,data:data92};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
}
else {
const err262 = {instancePath:instancePath+"/ombudsman_publications",schemaPath:"#/properties/ombudsman_publications/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.ombudsman_publications.else.type,parentSchema:schema21.properties.ombudsman_publications.else,data:data90};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
var _valid5 = _errs253 === errors;
valid50 = _valid5;
ifClause5 = "else";
}
if(!valid50){
const err263 = {instancePath:instancePath+"/ombudsman_publications",schemaPath:"#/properties/ombudsman_publications/if",keyword:"if",params:{failingKeyword: ifClause5},message:"must match \""+ifClause5+"\" schema",schema:schema21.properties.ombudsman_publications.if,parentSchema:schema21.properties.ombudsman_publications,data:data90};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
else {
const err264 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

