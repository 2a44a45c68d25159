# A stand-in for Canvas's rubric CSV importer (canvas-lms
# lib/rubric_csv_importer.rb), REIMPLEMENTED from its documented behaviour,
# not copied from it: Ruby's CSV parses the file, the first row (the header)
# is skipped, and each row is a criterion: rubric name, criterion name,
# criterion description, "Enable Range", then name, description and points
# for each rating. A rating without a name is left out; Enable Range is true
# for true, yes, y, t, on or 1. It prints what would be stored, as JSON, so
# that tests can compare two files the way Canvas would see them.
#
# Usage: ruby canvas_import.rb FILE.csv... (prints {"FILE.csv": [rubric, ...], ...})
require "csv"
require "json"

TRUTHY = %w[true yes y t on 1].freeze

def canvas_rubrics(path)
data = File.binread(path).force_encoding("UTF-8")
data = data.delete_prefix("\uFEFF")
rubrics = {}
order = []
CSV.parse(data).drop(1).each do |row|
  next if row.all? { |f| f.to_s.strip.empty? }
  name = row[0].to_s
  unless rubrics.key?(name)
    rubrics[name] = []
    order << name
  end
  ratings = []
  (row[4..] || []).each_slice(3) do |rname, rdesc, rpoints|
    next if rname.to_s.strip.empty?
    ratings << { "description" => rname, "long_description" => rdesc.to_s,
                 "points" => rpoints.to_s.strip.tr(",", ".").to_f }
  end
  rubrics[name] << {
    "description" => row[1].to_s,
    "long_description" => row[2].to_s,
    "criterion_use_range" => TRUTHY.include?(row[3].to_s.strip.downcase),
    "points" => ratings.map { |r| r["points"] }.max || 0,
    "ratings" => ratings
  }
end
order.map do |n|
  crit = rubrics[n]
  { "title" => n, "points_possible" => crit.sum { |c| c["points"] }, "criteria" => crit }
end
end

puts JSON.pretty_generate(ARGV.to_h { |path| [path, canvas_rubrics(path)] })
