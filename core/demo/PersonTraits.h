#pragma once

#include "demo/DemoRandom.h"
#include "domain/Enums.h"

namespace anju::demo {

// Education, health, labour capacity and political status that fit a person's age: children are in
// school and have no labour capacity, the elderly more often carry a chronic illness, and so on.
struct PersonTraits
{
    Education education = Education::Unknown;
    Health health = Health::Healthy;
    int disabilityGrade = 0;
    LabourCapacity labourCapacity = LabourCapacity::Ordinary;
    bool inSchool = false;
    PoliticalStatus politicalStatus = PoliticalStatus::Masses;

    static PersonTraits draw(Random& random, int age, bool isHead);
};

} // namespace anju::demo
